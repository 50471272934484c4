package se.kunskapsnav.webcourse;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import se.kunskapsnav.accounts.Profile;
import se.kunskapsnav.accounts.WorkFacts;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A person taking the web course, on either track. Where they work is copied at enrolment, so the figures
 * say where the course reached, not where the person works today.
 */
@Entity
@Table(name = "webcourse_enrolment")
public class Enrolment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Column(name = "account_id", nullable = false)
    private Long accountId;

    @Column(name = "enrolled_at", nullable = false)
    private Instant enrolledAt;

    @Column(name = "enrolled_on", nullable = false)
    private LocalDate enrolledOn;

    @Column(name = "completed_at")
    private Instant completedAt;

    @Column(name = "completed_on")
    private LocalDate completedOn;

    @Column(name = "completed_version_id")
    private Long completedVersionId;

    @Embedded
    private WorkFacts workFacts;

    protected Enrolment() {
    }

    Enrolment(long accountId, Profile profile, Instant now, LocalDate today) {
        this.accountId = accountId;
        this.enrolledAt = now;
        this.enrolledOn = today;
        this.workFacts = WorkFacts.of(profile);
    }

    void complete(Instant now, LocalDate today, long versionId) {
        completedAt = now;
        completedOn = today;
        completedVersionId = versionId;
    }

    public boolean isCompleted() {
        return completedAt != null;
    }

    public Long getId() {
        return id;
    }

    public Long getAccountId() {
        return accountId;
    }

    public Instant getEnrolledAt() {
        return enrolledAt;
    }

    public LocalDate getEnrolledOn() {
        return enrolledOn;
    }

    public Instant getCompletedAt() {
        return completedAt;
    }

    public LocalDate getCompletedOn() {
        return completedOn;
    }
}
