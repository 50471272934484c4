package se.kunskapsnav.networks;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import se.kunskapsnav.courses.AttendanceMark;

import java.io.Serializable;
import java.time.Instant;

/** Whether a member was present at one network meeting. */
@Entity
@Table(name = "network_meeting_attendance")
@IdClass(MeetingAttendance.Key.class)
public class MeetingAttendance extends AttendanceMark {

    /** The composite key: member and meeting. */
    public record Key(Long memberId, Long meetingId) implements Serializable {
        public Key() {
            this(null, null);
        }
    }

    @Id
    @Column(name = "member_id")
    private Long memberId;

    @Id
    @Column(name = "meeting_id")
    private Long meetingId;

    protected MeetingAttendance() {
    }

    MeetingAttendance(Long memberId, Long meetingId) {
        this.memberId = memberId;
        this.meetingId = meetingId;
    }

    void record(boolean isPresent, Long by, Instant at) {
        mark(isPresent, by, at);
    }

    public Long getMemberId() {
        return memberId;
    }

    public Long getMeetingId() {
        return meetingId;
    }
}
