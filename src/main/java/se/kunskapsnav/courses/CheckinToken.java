package se.kunskapsnav.courses;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** The check-in code of one registration, and the course it is valid for. */
@Entity
@Table(name = "checkin_token")
public class CheckinToken {

    @Id
    @Column(name = "registration_id")
    private Long registrationId;

    @Column(name = "course_id", nullable = false)
    private Long courseId;

    @Column(name = "token", nullable = false, length = CheckinCode.BYTES)
    private byte[] token;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected CheckinToken() {
    }

    CheckinToken(Registration registration, CheckinCode code, Instant now) {
        this.registrationId = registration.getId();
        this.courseId = registration.getCourseId();
        this.token = code.bytes();
        this.createdAt = now;
    }

    public Long getRegistrationId() {
        return registrationId;
    }

    public Long getCourseId() {
        return courseId;
    }

    public CheckinCode code() {
        return CheckinCode.of(token);
    }
}
