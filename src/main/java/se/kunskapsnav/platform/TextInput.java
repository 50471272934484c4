package se.kunskapsnav.platform;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.function.Function;

/**
 * The rule for free text people type (names, token names): trimmed, not longer than a limit, no control
 * characters; and dates, times, numbers and ids typed or chosen as text, each unreadable one reported at its
 * field. Problems go into a caller's field map under the messages {@code validation.required} and
 * {@code validation.tooLong}. Text is stored as typed and escaped when shown, never filtered.
 */
public final class TextInput {

    private TextInput() {
    }

    /** The trimmed text; a missing value is reported as required. */
    public static String required(String value, int maxLength, String field, Map<String, String> problems) {
        String text = optional(value, maxLength, field, problems);
        if (text.isEmpty()) {
            problems.put(field, "validation.required");
        }
        return text;
    }

    /** The trimmed text, empty when missing. */
    public static String optional(String value, int maxLength, String field, Map<String, String> problems) {
        String text = value == null ? "" : value.trim();
        if (text.length() > maxLength || text.chars().anyMatch(Character::isISOControl)) {
            problems.put(field, "validation.tooLong");
        }
        return text;
    }

    /** Text of several lines (Markdown): line breaks and tabs kept, other control characters refused. */
    public static String multiline(String value, int maxLength, String field, Map<String, String> problems) {
        String text = value == null ? "" : value.strip();
        if (text.length() > maxLength || text.chars().anyMatch(c -> Character.isISOControl(c) && c != '\n'
                && c != '\r' && c != '\t')) {
            problems.put(field, "validation.tooLong");
        }
        return text;
    }

    /** Whether a text is an absolute http(s) address with a host: the only links the portal shows. */
    public static boolean isWebAddress(String url) {
        try {
            URI uri = new URI(url);
            return ("https".equals(uri.getScheme()) || "http".equals(uri.getScheme())) && uri.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    /**
     * A date and time as a browser's {@code datetime-local} sends it (2026-03-03T09:00), or as a person writes
     * it where the browser offers a plain text field (2026-03-03 09:00); null when not given.
     */
    public static LocalDateTime dateTime(String value, String field, Map<String, String> problems) {
        return parsed(value, text -> LocalDateTime.parse(text.replaceFirst("^(\\S+)\\s+", "$1T")), field,
                "validation.invalidDateTime", problems);
    }

    /** A date as year-month-day (2026-03-03), null when not given. */
    public static LocalDate date(String value, String field, Map<String, String> problems) {
        return parsed(value, LocalDate::parse, field, "validation.invalidDate", problems);
    }

    /** A whole number, null when not given; {@code messageKey} says what the number is when it is not one. */
    public static Integer wholeNumber(String value, String field, String messageKey, Map<String, String> problems) {
        return parsed(value, Integer::valueOf, field, messageKey, problems);
    }

    /**
     * The id a select or hidden field sends: null when not given, and -1 when it is not a number, which no
     * row has, so the rules report the field as unknown.
     */
    public static Long id(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Long.valueOf(value.trim());
        } catch (NumberFormatException e) {
            return -1L;
        }
    }

    private static <T> T parsed(String value, Function<String, T> parse, String field, String messageKey,
                                Map<String, String> problems) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return parse.apply(value.trim());
        } catch (DateTimeParseException | NumberFormatException e) {
            problems.put(field, messageKey);
            return null;
        }
    }
}
