package se.kunskapsnav.visits;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * A county's visit to one municipality, city district or region. The counts per profession are the visit's
 * attendance; named attendees, notes, staff and follow-ups are for the county's editors only.
 */
@Entity
@Table(name = "municipal_visit")
public class MunicipalVisit {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Column(name = "county_code", nullable = false, length = 2)
    private String countyCode;

    @Column(name = "organisation_id", nullable = false)
    private Long organisationId;

    @Column(name = "visited_on", nullable = false)
    private LocalDate visitedOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 16)
    private VisitKind kind;

    @Column(name = "notes")
    private String notes;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @ElementCollection
    @CollectionTable(name = "municipal_visit_theme", joinColumns = @JoinColumn(name = "visit_id"))
    @Column(name = "theme_code")
    private Set<String> themes = new LinkedHashSet<>();

    @ElementCollection
    @CollectionTable(name = "municipal_visit_staff", joinColumns = @JoinColumn(name = "visit_id"))
    @OrderColumn(name = "position")
    @Column(name = "name")
    private List<String> staff = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "municipal_visit_count", joinColumns = @JoinColumn(name = "visit_id"))
    @MapKeyColumn(name = "profession_code")
    @Column(name = "attendees")
    private Map<String, Integer> counts = new TreeMap<>();

    @OneToMany(mappedBy = "visit", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    private List<VisitAttendee> attendees = new ArrayList<>();

    @OneToMany(mappedBy = "visit", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("dueOn, id")
    private List<VisitFollowUp> followUps = new ArrayList<>();

    protected MunicipalVisit() {
    }

    MunicipalVisit(Instant createdAt) {
        this.createdAt = createdAt;
    }

    /**
     * Empties every row list, so that after a flush the new rows never meet the old ones' keys (a staff
     * member moving to another position, a profession's count changing).
     */
    void clearRows() {
        themes.clear();
        staff.clear();
        counts.clear();
        attendees.clear();
        followUps.clear();
    }

    /** Takes over a checked input; {@code countyCode} is the visited organisation's county. */
    void apply(VisitInput input, String countyCode, Instant now) {
        this.countyCode = countyCode;
        organisationId = input.organisationId();
        visitedOn = input.visitedOn();
        kind = input.kind();
        notes = input.notes();
        themes.clear();
        themes.addAll(input.themes());
        staff.clear();
        staff.addAll(input.staff());
        counts.clear();
        input.counts().forEach(c -> counts.put(c.professionCode(), c.attendees()));
        attendees.clear();
        input.attendees().forEach(a -> attendees.add(new VisitAttendee(this, a.name(), a.professionCode())));
        followUps.clear();
        input.followUps().forEach(f -> followUps.add(new VisitFollowUp(this, f.action(), f.dueOn(), f.doneOn())));
        updatedAt = now;
    }

    /** Deletes the notes and the named attendees: personal data no longer needed. */
    void forgetPersonalData(Instant now) {
        notes = null;
        attendees.clear();
        updatedAt = now;
    }

    /** The input that would recreate this visit, for the edit form. */
    public VisitInput toInput() {
        return new VisitInput(organisationId, visitedOn, kind, List.copyOf(themes), List.copyOf(staff),
                counts.entrySet().stream().sorted(Map.Entry.comparingByKey()).map(e -> new VisitInput.ProfessionCount(e.getKey(), e.getValue()))
                        .toList(),
                attendees.stream().map(a -> new VisitInput.Attendee(a.getName(), a.getProfessionCode())).toList(),
                notes,
                followUps.stream().map(f -> new VisitInput.FollowUp(f.getAction(), f.getDueOn(), f.getDoneOn()))
                        .toList());
    }

    /** Everyone counted, over all professions: the visit's attendance. */
    public int getTotalAttendees() {
        return counts.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** Follow-ups not yet done. */
    public long getOpenFollowUps() {
        return followUps.stream().filter(f -> f.getDoneOn() == null).count();
    }

    public Long getId() {
        return id;
    }

    public String getCountyCode() {
        return countyCode;
    }

    public Long getOrganisationId() {
        return organisationId;
    }

    public LocalDate getVisitedOn() {
        return visitedOn;
    }

    public VisitKind getKind() {
        return kind;
    }

    public String getNotes() {
        return notes;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public Set<String> getThemes() {
        return themes;
    }

    public List<String> getStaff() {
        return staff;
    }

    /** Profession code to number of attendees, by code. */
    public Map<String, Integer> getCounts() {
        return counts;
    }

    public List<VisitAttendee> getAttendees() {
        return attendees;
    }

    public List<VisitFollowUp> getFollowUps() {
        return followUps;
    }
}
