package se.kunskapsnav.platform;

import java.util.Map;

/**
 * The rule for free text people type (names, token names): trimmed, not longer than a limit, no control
 * characters. Problems go into a caller's field map under the messages {@code validation.required} and
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
}
