package se.kunskapsnav.notification;

import java.time.ZonedDateTime;

/**
 * One event in an iCalendar file. The description, location and URL may be null or empty, and are then left out.
 * A cancelled event is written with a higher SEQUENCE so calendar clients replace the one they already have.
 */
public record CalendarEvent(String uid, String summary, String description, String location, String url,
                            ZonedDateTime start, ZonedDateTime end, boolean cancelled) {
}
