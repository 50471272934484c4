package se.kunskapsnav.courses;

import se.kunskapsnav.platform.TextInput;

import java.time.LocalDateTime;
import java.util.Map;

/** One session as an editor gives it: local Swedish start and end times, place and/or online link. */
public record SessionInput(LocalDateTime start, LocalDateTime end, String place, String address, String onlineUrl) {

    /**
     * A session typed into a form or request, times as {@code 2026-03-03T09:00}: an unreadable time is null
     * and noted in {@code problems} as {@code fieldPrefix + "start"} or {@code "end"}. Course and meeting
     * forms and requests all read sessions this way.
     */
    public static SessionInput read(String fieldPrefix, String start, String end, String place, String address,
                                    String onlineUrl, Map<String, String> problems) {
        return new SessionInput(TextInput.dateTime(start, fieldPrefix + "start", problems),
                TextInput.dateTime(end, fieldPrefix + "end", problems), place, address, onlineUrl);
    }
}
