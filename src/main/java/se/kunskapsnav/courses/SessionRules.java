package se.kunskapsnav.courses;

import se.kunskapsnav.platform.TextInput;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * What makes one scheduled session acceptable, for courses and network meetings alike: a start and an end
 * that exist in Swedish time, end after start, a place and/or a web link as the format needs.
 */
public final class SessionRules {

    private SessionRules() {
    }

    /**
     * Adds a problem per field, named {@code fieldPrefix + "start"} etc., and answers the instants when
     * both times are valid.
     */
    public static Optional<TimeSpan> check(SessionInput session, String fieldPrefix, CourseFormat format,
                                           Map<String, String> problems) {
        Optional<Instant> start = time(session.start(), fieldPrefix + "start", problems);
        Optional<Instant> end = time(session.end(), fieldPrefix + "end", problems);
        Optional<TimeSpan> span = Optional.empty();
        if (start.isPresent() && end.isPresent()) {
            if (!end.get().isAfter(start.get())) {
                problems.put(fieldPrefix + "end", "course.endBeforeStart");
            } else {
                span = Optional.of(new TimeSpan(start.get(), end.get()));
            }
        }
        Map<String, String> placeProblems = new LinkedHashMap<>();
        String place = TextInput.optional(session.place(), 200, fieldPrefix + "place", placeProblems);
        TextInput.optional(session.address(), 300, fieldPrefix + "address", placeProblems);
        String url = TextInput.optional(session.onlineUrl(), 500, fieldPrefix + "onlineUrl", placeProblems);
        if (format != null && format.needsPlace() && place.isEmpty()) {
            placeProblems.putIfAbsent(fieldPrefix + "place", "course.placeRequired");
        }
        if (format != null && format.needsOnlineLink() && url.isEmpty()) {
            placeProblems.putIfAbsent(fieldPrefix + "onlineUrl", "course.onlineLinkRequired");
        }
        if (!url.isEmpty() && !TextInput.isWebAddress(url)) {
            placeProblems.putIfAbsent(fieldPrefix + "onlineUrl", "course.onlineLinkInvalid");
        }
        problems.putAll(placeProblems);
        return span;
    }

    /** A local Swedish time that exists (not skipped when the clocks go forward), as an instant. */
    static Optional<Instant> time(LocalDateTime local, String field, Map<String, String> problems) {
        if (local == null) {
            problems.put(field, "validation.required");
            return Optional.empty();
        }
        Optional<Instant> instant = SwedishTime.instant(local);
        if (instant.isEmpty()) {
            problems.put(field, "course.timeDoesNotExist");
        }
        return instant;
    }

    /** The session with blank texts as null and the rest trimmed, as it is stored. */
    public static SessionInput trimmed(SessionInput session) {
        return new SessionInput(session.start(), session.end(), blankToNull(session.place()),
                blankToNull(session.address()), blankToNull(session.onlineUrl()));
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
