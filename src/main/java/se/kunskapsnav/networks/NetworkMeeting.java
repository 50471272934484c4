package se.kunskapsnav.networks;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import se.kunskapsnav.courses.ScheduledSession;
import se.kunskapsnav.courses.SwedishTime;
import se.kunskapsnav.courses.TimeSpan;

import java.time.Instant;
import java.time.LocalDate;

/** A meeting of a network (nätverksträff): when and where as a course session, agenda before, minutes after. */
@Entity
@Table(name = "network_meeting")
public class NetworkMeeting extends ScheduledSession {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Column(name = "network_id", nullable = false)
    private Long networkId;

    @Column(name = "title", nullable = false, length = 200)
    private String title;

    @Column(name = "held_on", nullable = false)
    private LocalDate heldOn;

    @Column(name = "agenda", nullable = false)
    private String agenda;

    @Column(name = "minutes")
    private String minutes;

    @Column(name = "cancelled", nullable = false)
    private boolean cancelled;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    @Column(name = "revision", nullable = false)
    private long revision;

    protected NetworkMeeting() {
    }

    NetworkMeeting(Long networkId, Instant now) {
        this.networkId = networkId;
        this.createdAt = now;
    }

    /** Takes over a checked input; answers whether the time or the place changed. */
    boolean apply(MeetingInput input, TimeSpan times, Instant now) {
        boolean moved = getStartsAt() != null && !input.session().equals(toInput());
        title = input.title();
        agenda = input.agenda();
        schedule(input.session(), times);
        heldOn = SwedishTime.zoned(times.start()).toLocalDate();
        updatedAt = now;
        return moved;
    }

    void recordMinutes(String text, Instant now) {
        minutes = text;
        updatedAt = now;
    }

    void cancel(Instant now) {
        cancelled = true;
        updatedAt = now;
    }

    /** Raised by every change; a save names the revision it was made from ({@code platform.Revisions}). */
    public long getRevision() {
        return revision;
    }

    public Long getId() {
        return id;
    }

    public Long getNetworkId() {
        return networkId;
    }

    public String getTitle() {
        return title;
    }

    public LocalDate getHeldOn() {
        return heldOn;
    }

    public String getAgenda() {
        return agenda;
    }

    public String getMinutes() {
        return minutes;
    }

    public boolean isCancelled() {
        return cancelled;
    }
}
