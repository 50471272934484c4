package se.kunskapsnav.courses;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;

import java.time.Instant;

/** Whether a person was present at one scheduled session, and who marked it when. */
@MappedSuperclass
public abstract class AttendanceMark {

    @Column(name = "present", nullable = false)
    private boolean present;

    @Column(name = "marked_at", nullable = false)
    private Instant markedAt;

    @Column(name = "marked_by")
    private Long markedBy;

    protected void mark(boolean isPresent, Long by, Instant at) {
        present = isPresent;
        markedBy = by;
        markedAt = at;
    }

    public boolean isPresent() {
        return present;
    }

    public Instant getMarkedAt() {
        return markedAt;
    }
}
