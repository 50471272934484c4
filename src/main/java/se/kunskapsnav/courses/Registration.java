package se.kunskapsnav.courses;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import se.kunskapsnav.accounts.Profile;

import java.time.Instant;

/**
 * A person's registration for a course. The profile facts (organisation, workplace, profession, sector)
 * are copied when registering, so reach counts what was true then even if the profile changes later.
 */
@Entity
@Table(name = "registration")
public class Registration {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Column(name = "course_id", nullable = false)
    private Long courseId;

    @Column(name = "account_id", nullable = false)
    private Long accountId;

    /** Equal to accountId while live, null once cancelled: the unique key allows one live registration. */
    @Column(name = "live_account_id")
    private Long liveAccountId;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 24)
    private RegistrationStatus status;

    @Column(name = "note", length = 500)
    private String note;

    @Column(name = "organisation_id", nullable = false)
    private Long organisationId;

    @Column(name = "municipality_code", length = 4)
    private String municipalityCode;

    @Column(name = "region_code", length = 2)
    private String regionCode;

    @Column(name = "profession_code", nullable = false, length = 64)
    private String professionCode;

    @Column(name = "sector_code", nullable = false, length = 64)
    private String sectorCode;

    @Column(name = "registered_at", nullable = false)
    private Instant registeredAt;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    protected Registration() {
    }

    Registration(Long courseId, Long accountId, Profile profile, String note, RegistrationStatus status,
                 Instant now) {
        this.courseId = courseId;
        this.accountId = accountId;
        this.liveAccountId = accountId;
        this.organisationId = profile.organisationId();
        this.municipalityCode = profile.workplace().municipalityCode();
        this.regionCode = profile.workplace().regionCode();
        this.professionCode = profile.professionCode();
        this.sectorCode = profile.sectorCode();
        this.note = note;
        this.status = status;
        this.registeredAt = now;
        this.changedAt = now;
    }

    void changeStatus(RegistrationStatus newStatus, Instant now) {
        status = newStatus;
        liveAccountId = newStatus.isLive() ? accountId : null;
        changedAt = now;
    }

    /** The note (e.g. dietary needs) is only needed until the course is over. */
    void forgetNote() {
        note = null;
    }

    public Long getId() {
        return id;
    }

    public Long getCourseId() {
        return courseId;
    }

    public Long getAccountId() {
        return accountId;
    }

    public RegistrationStatus getStatus() {
        return status;
    }

    public String getNote() {
        return note;
    }

    public Long getOrganisationId() {
        return organisationId;
    }

    public String getMunicipalityCode() {
        return municipalityCode;
    }

    public String getRegionCode() {
        return regionCode;
    }

    public String getProfessionCode() {
        return professionCode;
    }

    public String getSectorCode() {
        return sectorCode;
    }

    public Instant getRegisteredAt() {
        return registeredAt;
    }

    public Instant getChangedAt() {
        return changedAt;
    }
}
