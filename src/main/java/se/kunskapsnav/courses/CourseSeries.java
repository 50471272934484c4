package se.kunskapsnav.courses;

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
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A course that runs year after year under several titles ("BAS", "VINR bas"): the one entry reach counts it by.
 * Owned by a county like a course; a national series is one a county organises for the whole country.
 */
@Entity
@Table(name = "course_series")
public class CourseSeries {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Column(name = "county_code", nullable = false, length = 2)
    private String countyCode;

    @Column(name = "name", nullable = false, length = 200)
    private String name;

    @Column(name = "kind_code", nullable = false, length = 64)
    private String kindCode;

    @Enumerated(EnumType.STRING)
    @Column(name = "level", nullable = false, length = 16)
    private CourseLevel level;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    @Column(name = "revision", nullable = false)
    private long revision;

    @ElementCollection
    @CollectionTable(name = "course_series_alias", joinColumns = @JoinColumn(name = "series_id"))
    @Column(name = "alias")
    private Set<String> alternativeNames = new LinkedHashSet<>();

    @ElementCollection
    @CollectionTable(name = "course_series_theme", joinColumns = @JoinColumn(name = "series_id"))
    @Column(name = "theme_code")
    private Set<String> themes = new LinkedHashSet<>();

    protected CourseSeries() {
    }

    CourseSeries(Instant createdAt) {
        this.createdAt = createdAt;
    }

    /** Takes over an input {@link CourseSeriesRules} accepted. */
    void apply(CourseSeriesInput input, Instant now) {
        name = input.name();
        countyCode = input.countyCode();
        kindCode = input.kindCode();
        level = input.level();
        replace(alternativeNames, input.alternativeNames());
        replace(themes, input.themes());
        updatedAt = now;
    }

    private static void replace(Set<String> target, List<String> values) {
        target.retainAll(values);
        target.addAll(values);
    }

    /** Every name the series is known by, its own first. */
    public List<String> names() {
        List<String> names = new ArrayList<>();
        names.add(name);
        names.addAll(alternativeNames);
        return names;
    }

    public Long getId() {
        return id;
    }

    public String getCountyCode() {
        return countyCode;
    }

    public String getName() {
        return name;
    }

    public String getKindCode() {
        return kindCode;
    }

    public CourseLevel getLevel() {
        return level;
    }

    public long getRevision() {
        return revision;
    }

    public List<String> getAlternativeNames() {
        return alternativeNames.stream().sorted().toList();
    }

    public List<String> getThemes() {
        return themes.stream().sorted().toList();
    }
}
