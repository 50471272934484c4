package se.kunskapsnav.courses;

import java.util.List;

/** What an editor gives for a course series, before {@link CourseSeriesRules} checks it. */
public record CourseSeriesInput(String name, List<String> alternativeNames, String countyCode, CourseLevel level,
                                String kindCode, List<String> themes) {

    public CourseSeriesInput {
        alternativeNames = cleaned(alternativeNames);
        themes = cleaned(themes);
    }

    private static List<String> cleaned(List<String> values) {
        return values == null ? List.of()
                : values.stream().filter(v -> v != null && !v.isBlank()).map(String::trim).distinct().toList();
    }
}
