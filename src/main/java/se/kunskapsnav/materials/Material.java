package se.kunskapsnav.materials;

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
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A publication, method support, checklist, film or other material of a county or of the national level,
 * with its tags; its files are {@link MaterialFile}s, and it may be used in courses, network meetings and
 * web-course modules.
 */
@Entity
@Table(name = "material")
public class Material {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Column(name = "title", nullable = false, length = 200)
    private String title;

    @Column(name = "summary", nullable = false)
    private String summary;

    @Enumerated(EnumType.STRING)
    @Column(name = "type", nullable = false, length = 32)
    private MaterialType type;

    /** Null: a national material. */
    @Column(name = "owner_county_code", length = 2)
    private String ownerCountyCode;

    @Column(name = "published_on", nullable = false)
    private LocalDate publishedOn;

    @Column(name = "version_label", length = 40)
    private String versionLabel;

    @Enumerated(EnumType.STRING)
    @Column(name = "visibility", nullable = false, length = 16)
    private Visibility visibility;

    @Column(name = "network_id")
    private Long networkId;

    @Column(name = "external_url", length = 1000)
    private String externalUrl;

    @Column(name = "retired_at")
    private Instant retiredAt;

    @Column(name = "seed_key", length = 100)
    private String seedKey;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    @Column(name = "revision", nullable = false)
    private long revision;

    @ElementCollection
    @CollectionTable(name = "material_theme", joinColumns = @JoinColumn(name = "material_id"))
    @Column(name = "theme_code")
    private Set<String> themes = new HashSet<>();

    @ElementCollection
    @CollectionTable(name = "material_target_group", joinColumns = @JoinColumn(name = "material_id"))
    @Column(name = "target_group_code")
    private Set<String> targetGroups = new HashSet<>();

    @ElementCollection
    @CollectionTable(name = "material_profession", joinColumns = @JoinColumn(name = "material_id"))
    @Column(name = "profession_code")
    private Set<String> professions = new HashSet<>();

    @ElementCollection
    @CollectionTable(name = "material_language", joinColumns = @JoinColumn(name = "material_id"))
    @Column(name = "language_code")
    private Set<String> languages = new HashSet<>();

    @ElementCollection
    @CollectionTable(name = "material_course", joinColumns = @JoinColumn(name = "material_id"))
    @Column(name = "course_id")
    private Set<Long> courseIds = new HashSet<>();

    @ElementCollection
    @CollectionTable(name = "material_meeting", joinColumns = @JoinColumn(name = "material_id"))
    @Column(name = "meeting_id")
    private Set<Long> meetingIds = new HashSet<>();

    @ElementCollection
    @CollectionTable(name = "material_module", joinColumns = @JoinColumn(name = "material_id"))
    @Column(name = "module_code")
    private Set<String> moduleCodes = new HashSet<>();

    protected Material() {
    }

    Material(String seedKey, Instant now) {
        this.seedKey = seedKey;
        this.createdAt = now;
        this.updatedAt = now;
    }

    void apply(MaterialRules.ValidMaterial valid, Instant now) {
        title = valid.title();
        summary = valid.summary();
        type = valid.type();
        ownerCountyCode = valid.ownerCountyCode();
        publishedOn = valid.publishedOn();
        versionLabel = valid.versionLabel();
        visibility = valid.visibility();
        networkId = valid.networkId();
        externalUrl = valid.externalUrl();
        replace(themes, valid.themes());
        replace(targetGroups, valid.targetGroups());
        replace(professions, valid.professions());
        replace(languages, valid.languages());
        updatedAt = now;
    }

    private static void replace(Set<String> codes, List<String> given) {
        codes.retainAll(given);
        codes.addAll(given);
    }

    void retire(Instant now) {
        retiredAt = now;
        updatedAt = now;
    }

    void reinstate(Instant now) {
        retiredAt = null;
        updatedAt = now;
    }

    public boolean isRetired() {
        return retiredAt != null;
    }

    public boolean isNational() {
        return ownerCountyCode == null;
    }

    /** Raised by every change; a save names the revision it was made from ({@code platform.Revisions}). */
    public long getRevision() {
        return revision;
    }

    public Long getId() {
        return id;
    }

    public String getTitle() {
        return title;
    }

    public String getSummary() {
        return summary;
    }

    public MaterialType getType() {
        return type;
    }

    public String getOwnerCountyCode() {
        return ownerCountyCode;
    }

    public LocalDate getPublishedOn() {
        return publishedOn;
    }

    public String getVersionLabel() {
        return versionLabel;
    }

    public Visibility getVisibility() {
        return visibility;
    }

    public Long getNetworkId() {
        return networkId;
    }

    public String getExternalUrl() {
        return externalUrl;
    }

    public Instant getRetiredAt() {
        return retiredAt;
    }

    public String getSeedKey() {
        return seedKey;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public Set<String> getThemes() {
        return themes;
    }

    public Set<String> getTargetGroups() {
        return targetGroups;
    }

    public Set<String> getProfessions() {
        return professions;
    }

    public Set<String> getLanguages() {
        return languages;
    }

    public Set<Long> getCourseIds() {
        return courseIds;
    }

    public Set<Long> getMeetingIds() {
        return meetingIds;
    }

    public Set<String> getModuleCodes() {
        return moduleCodes;
    }
}
