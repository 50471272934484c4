package se.kunskapsnav.visits;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * An activity whose attendance is known only as counts from a sign-in sheet: a conference, an information
 * session for NGOs. Its participation rows are the reach facts.
 */
@Entity
@Table(name = "counted_activity")
public class CountedActivity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Column(name = "county_code", nullable = false, length = 2)
    private String countyCode;

    @Column(name = "kind_code", nullable = false, length = 64)
    private String kindCode;

    @Column(name = "title", nullable = false, length = 200)
    private String title;

    @Column(name = "organiser", nullable = false, length = 300)
    private String organiser;

    @Column(name = "starts_on", nullable = false)
    private LocalDate startsOn;

    @Column(name = "ends_on", nullable = false)
    private LocalDate endsOn;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @ElementCollection
    @CollectionTable(name = "counted_activity_theme", joinColumns = @JoinColumn(name = "activity_id"))
    @Column(name = "theme_code")
    private Set<String> themes = new LinkedHashSet<>();

    @OneToMany(mappedBy = "activity", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    private List<CountedParticipation> participation = new ArrayList<>();

    protected CountedActivity() {
    }

    CountedActivity(Instant createdAt) {
        this.createdAt = createdAt;
    }

    void apply(ActivityInput input, Instant now) {
        countyCode = input.countyCode();
        kindCode = input.kindCode();
        title = input.title();
        organiser = input.organiser();
        startsOn = input.startsOn();
        endsOn = input.endsOn();
        themes.retainAll(input.themes());
        themes.addAll(input.themes());
        updatedAt = now;
    }

    /** Removes every participation row; the caller flushes before adding the new ones. */
    void clearParticipation(Instant now) {
        participation.clear();
        updatedAt = now;
    }

    void addParticipation(ValidParticipation row) {
        participation.add(new CountedParticipation(this, row));
    }

    public ActivityInput toInput() {
        return new ActivityInput(countyCode, kindCode, title, organiser, startsOn, endsOn, List.copyOf(themes));
    }

    public int getTotalAttendees() {
        return participation.stream().mapToInt(CountedParticipation::getAttendees).sum();
    }

    /** How many different municipalities took part. */
    public long getMunicipalityCount() {
        return participation.stream().map(CountedParticipation::getMunicipalityCode).filter(Objects::nonNull)
                .distinct().count();
    }

    public Long getId() {
        return id;
    }

    public String getCountyCode() {
        return countyCode;
    }

    public String getKindCode() {
        return kindCode;
    }

    public String getTitle() {
        return title;
    }

    public String getOrganiser() {
        return organiser;
    }

    public LocalDate getStartsOn() {
        return startsOn;
    }

    public LocalDate getEndsOn() {
        return endsOn;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public Set<String> getThemes() {
        return themes;
    }

    public List<CountedParticipation> getParticipation() {
        return participation;
    }
}
