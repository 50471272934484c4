package se.kunskapsnav.courses;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import se.kunskapsnav.notification.CalendarEvent;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * Something that happens at a time and a place or link: a course session, a network meeting. Holds the
 * when and where, and what follows from them (has it started, how to write it in a mail or a calendar).
 */
@MappedSuperclass
public abstract class ScheduledSession {

    private static final Duration CHECK_IN_BEFORE_START = Duration.ofHours(1);

    @Column(name = "starts_at", nullable = false)
    private Instant startsAt;

    @Column(name = "ends_at", nullable = false)
    private Instant endsAt;

    @Column(name = "place", length = 200)
    private String place;

    @Column(name = "address", length = 300)
    private String address;

    @Column(name = "online_url", length = 500)
    private String onlineUrl;

    @Column(name = "reminded_at")
    private Instant remindedAt;

    /** Takes checked input (see {@link SessionRules}) and its instants. */
    protected void schedule(SessionInput input, TimeSpan times) {
        startsAt = times.start();
        endsAt = times.end();
        place = input.place();
        address = input.address();
        onlineUrl = input.onlineUrl();
    }

    public void reminded(Instant at) {
        remindedAt = at;
    }

    /** Absence can be marked once the session has begun, never before. */
    public boolean hasStarted(Instant now) {
        return !now.isBefore(startsAt);
    }

    /** People come early: they can be checked in as present from an hour before the start. */
    public boolean isOpenForCheckIn(Instant now) {
        return !now.isBefore(startsAt.minus(CHECK_IN_BEFORE_START));
    }

    public SessionInput toInput() {
        return new SessionInput(SwedishTime.local(startsAt), SwedishTime.local(endsAt), place, address, onlineUrl);
    }

    public Duration duration() {
        return Duration.between(startsAt, endsAt);
    }

    /** Place and address, and the online link when there is one. */
    public String location() {
        List<String> parts = new ArrayList<>();
        if (place != null) {
            parts.add(place);
        }
        if (address != null) {
            parts.add(address);
        }
        if (onlineUrl != null) {
            parts.add(onlineUrl);
        }
        return String.join(", ", parts);
    }

    /** One line for a mail: "• tisdag 3 mars 2026 09:00–16:00, Malmö, Storgatan 1". */
    public String mailLine() {
        String where = location();
        return "\u2022 " + SwedishTime.describe(startsAt, endsAt) + (where.isEmpty() ? "" : ", " + where);
    }

    public CalendarEvent calendarEvent(String uid, String title, String description, String url, boolean cancelled) {
        return new CalendarEvent(uid, title, description, location(), url, getStart(), getEnd(), cancelled);
    }

    public Instant getStartsAt() {
        return startsAt;
    }

    public Instant getEndsAt() {
        return endsAt;
    }

    public ZonedDateTime getStart() {
        return SwedishTime.zoned(startsAt);
    }

    public ZonedDateTime getEnd() {
        return SwedishTime.zoned(endsAt);
    }

    public String getPlace() {
        return place;
    }

    public String getAddress() {
        return address;
    }

    public String getOnlineUrl() {
        return onlineUrl;
    }

    public Instant getRemindedAt() {
        return remindedAt;
    }
}
