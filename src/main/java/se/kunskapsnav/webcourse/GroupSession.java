package se.kunskapsnav.webcourse;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** A planned meeting of a study group: its date and the modules it takes up, then whether it was held. */
@Entity
@Table(name = "study_group_session")
public class GroupSession {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Column(name = "group_id", nullable = false)
    private Long groupId;

    @Column(name = "planned_on", nullable = false)
    private LocalDate plannedOn;

    @Column(name = "held", nullable = false)
    private boolean held;

    @Column(name = "held_at")
    private Instant heldAt;

    /** Module code → covered. */
    @ElementCollection
    @CollectionTable(name = "study_group_session_module", joinColumns = @JoinColumn(name = "session_id"))
    @MapKeyColumn(name = "module_code")
    @Column(name = "covered")
    private Map<String, Boolean> modules = new HashMap<>();

    protected GroupSession() {
    }

    GroupSession(long groupId) {
        this.groupId = groupId;
    }

    /** A new date or new modules; modules kept in the plan keep their covered mark. */
    void plan(LocalDate on, List<String> moduleCodes) {
        plannedOn = on;
        modules.keySet().retainAll(moduleCodes);
        moduleCodes.forEach(code -> modules.putIfAbsent(code, false));
    }

    /** Marks the session held (or not) and which of its planned modules it covered. */
    void markHeld(boolean isHeld, Set<String> covered, Instant now) {
        held = isHeld;
        heldAt = isHeld ? now : null;
        modules.replaceAll((code, was) -> isHeld && covered.contains(code));
    }

    public Long getId() {
        return id;
    }

    public Long getGroupId() {
        return groupId;
    }

    public LocalDate getPlannedOn() {
        return plannedOn;
    }

    public boolean isHeld() {
        return held;
    }

    /** Planned module codes in course order (codes begin with the module's number) with their covered mark. */
    public Map<String, Boolean> getModules() {
        return new TreeMap<>(modules);
    }
}
