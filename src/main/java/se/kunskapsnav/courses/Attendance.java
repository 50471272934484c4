package se.kunskapsnav.courses;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import java.io.Serializable;

/** Whether a registered person was present at one course session. */
@Entity
@Table(name = "attendance")
@IdClass(Attendance.Key.class)
public class Attendance extends AttendanceMark {

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

    protected Attendance() {
    }

    Attendance(Long registrationId, Long sessionId) {
        this.registrationId = registrationId;
        this.sessionId = sessionId;
    }

    public Long getRegistrationId() {
        return registrationId;
    }

    public Long getSessionId() {
        return sessionId;
    }
}
