package se.kunskapsnav.courses;

import java.time.LocalDateTime;

/** One session as an editor gives it: local Swedish start and end times, place and/or online link. */
public record SessionInput(LocalDateTime start, LocalDateTime end, String place, String address, String onlineUrl) {
}
