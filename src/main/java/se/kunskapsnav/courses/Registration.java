package se.kunskapsnav.courses;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import se.kunskapsnav.accounts.Profile;
import se.kunskapsnav.accounts.WorkFacts;

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

    @Embedded
    private WorkFacts workFacts;

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
        this.workFacts = WorkFacts.of(profile);
        this.note = note;
        this.status = status;
        this.registeredAt = now;
        this.changedAt = now;
    }

    /** The id the database gave the row, written without EclipseLink ({@link RegistrationBatch}). */
    void stored(long id) {
        this.id = id;
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
        return workFacts.organisationId();
    }

    public String getMunicipalityCode() {
        return workFacts.municipalityCode();
    }

    public String getRegionCode() {
        return workFacts.regionCode();
    }

    public String getProfessionCode() {
        return workFacts.professionCode();
    }

    public String getSectorCode() {
        return workFacts.sectorCode();
    }

    public Instant getRegisteredAt() {
        return registeredAt;
    }

    public Instant getChangedAt() {
        return changedAt;
    }
}
