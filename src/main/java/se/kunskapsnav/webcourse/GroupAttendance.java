package se.kunskapsnav.webcourse;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import se.kunskapsnav.courses.AttendanceMark;

import java.io.Serializable;
import java.time.Instant;

/** Whether a member was present at one study group session. */
@Entity
@Table(name = "study_group_attendance")
@IdClass(GroupAttendance.Key.class)
public class GroupAttendance extends AttendanceMark {

    /** The composite key: session and member. */
    public record Key(Long sessionId, Long memberId) implements Serializable {
        public Key() {
            this(null, null);
        }
    }

    @Id
    @Column(name = "session_id")
    private Long sessionId;

    @Id
    @Column(name = "member_id")
    private Long memberId;

    protected GroupAttendance() {
    }

    GroupAttendance(Long sessionId, Long memberId) {
        this.sessionId = sessionId;
        this.memberId = memberId;
    }

    void record(boolean isPresent, Long by, Instant at) {
        mark(isPresent, by, at);
    }

    public Long getSessionId() {
        return sessionId;
    }

    public Long getMemberId() {
        return memberId;
    }
}
