package se.kunskapsnav.courses;

import java.util.List;
import java.util.Map;
import java.util.Set;

/** The codes a course may use, read from the database: counties and the controlled vocabularies. */
public record KnownCodes(Set<String> counties, Set<String> kinds, Set<String> professions, Set<String> sectors,
                         Set<String> themes, Set<String> targetGroups) {

    /** A code that must be given and known: else {@code validation.required} or {@code unknownKey}. */
    public static void requireOne(String code, Set<String> known, String field, String unknownKey,
                                  Map<String, String> problems) {
        if (code == null || code.isBlank()) {
            problems.put(field, "validation.required");
        } else if (!known.contains(code)) {
            problems.put(field, unknownKey);
        }
    }

    /** Codes that must all be known (none is fine). */
    public static void requireAll(List<String> codes, Set<String> known, String field, String unknownKey,
                                  Map<String, String> problems) {
        if (!known.containsAll(codes)) {
            problems.put(field, unknownKey);
        }
    }
}
