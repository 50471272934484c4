package se.kunskapsnav.courses;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.time.Instant;

/** Whether a registered person was present at one session, and who marked it when. */
@Entity
@Table(name = "attendance")
@IdClass(Attendance.Key.class)
public class Attendance {

    /** The composite key: registration and session. */
    public record Key(Long registrationId, Long sessionId) implements Serializable {
        public Key() {
            this(null, null);
        }
    }

    @Id
    @Column(name = "registration_id")
    private Long registrationId;

    @Id
    @Column(name = "session_id")
    private Long sessionId;

    @Column(name = "present", nullable = false)
    private boolean present;

    @Column(name = "marked_at", nullable = false)
    private Instant markedAt;

    @Column(name = "marked_by")
    private Long markedBy;

    protected Attendance() {
    }

    Attendance(Long registrationId, Long sessionId) {
        this.registrationId = registrationId;
        this.sessionId = sessionId;
    }

    void mark(boolean isPresent, Long by, Instant at) {
        present = isPresent;
        markedBy = by;
        markedAt = at;
    }

    public Long getRegistrationId() {
        return registrationId;
    }

    public Long getSessionId() {
        return sessionId;
    }

    public boolean isPresent() {
        return present;
    }
}
