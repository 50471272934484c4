package se.kunskapsnav.platform;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A content file that starts with {@code key: value} lines between two {@code ---} lines, then a Markdown
 * body. A value is split at the first colon only, so it may hold colons; lists are comma-separated. Problems
 * are added to the caller's list as "file:line: problem" (or "file: problem"), so a loader can report every
 * problem of every file at once.
 */
public final class FrontMatter {

    private final String file;
    private final Map<String, String> values;
    private final String body;
    private final List<String> problems;

    private FrontMatter(String file, Map<String, String> values, String body, List<String> problems) {
        this.file = file;
        this.values = values;
        this.body = body;
        this.problems = problems;
    }

    /** The front matter of a file's text, or empty (with the problem added) when it has none or it is not closed. */
    public static Optional<FrontMatter> parse(String file, String text, List<String> problems) {
        String[] lines = text.split("\r?\n", -1);
        if (!lines[0].strip().equals("---")) {
            problems.add(file + ":1: must begin with front matter between '---' lines");
            return Optional.empty();
        }
        Map<String, String> values = new LinkedHashMap<>();
        for (int i = 1; i < lines.length; i++) {
            if (lines[i].strip().equals("---")) {
                String body = String.join("\n", Arrays.copyOfRange(lines, i + 1, lines.length)).strip();
                return Optional.of(new FrontMatter(file, values, body, problems));
            }
            int colon = lines[i].indexOf(':');
            if (colon < 1) {
                problems.add(file + ":" + (i + 1) + ": expected 'key: value'");
            } else {
                values.put(lines[i].substring(0, colon).strip(), lines[i].substring(colon + 1).strip());
            }
        }
        problems.add(file + ": front matter is not closed by '---'");
        return Optional.empty();
    }

    public String body() {
        return body;
    }

    /** A value that must be given; a missing or empty one is a problem. */
    public String required(String key) {
        String value = optional(key);
        if (value.isEmpty()) {
            problems.add(file + ": '" + key + ":' is missing or empty");
        }
        return value;
    }

    /** A value, empty when not given. */
    public String optional(String key) {
        return values.getOrDefault(key, "");
    }

    /** A comma-separated list that must have at least one item. */
    public List<String> list(String key) {
        return split(required(key));
    }

    /** A comma-separated list, empty when not given. */
    public List<String> optionalList(String key) {
        return split(optional(key));
    }

    private static List<String> split(String value) {
        return value.isEmpty() ? List.of()
                : Arrays.stream(value.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
