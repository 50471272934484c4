package se.kunskapsnav.courses;

import se.kunskapsnav.platform.InvalidInputException;
import se.kunskapsnav.platform.TextInput;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * What makes a course series acceptable. Every name (its own and the alternative ones) identifies one series only,
 * so the historical import and search can find the series by any of them.
 */
public final class CourseSeriesRules {

    public static final int MAX_ALTERNATIVE_NAMES = 20;

    private CourseSeriesRules() {
    }

    /**
     * The trimmed input, or every problem at once. {@code namesInUse} are the other series' names, in
     * {@link #key} form.
     */
    public static CourseSeriesInput check(CourseSeriesInput input, KnownCodes known, Set<String> namesInUse) {
        Map<String, String> problems = new LinkedHashMap<>();
        String name = TextInput.required(input.name(), 200, "name", problems);
        List<String> alternatives = new ArrayList<>();
        for (String alternative : input.alternativeNames()) {
            alternatives.add(TextInput.required(alternative, 200, "alternativeNames", problems));
        }
        if (alternatives.size() > MAX_ALTERNATIVE_NAMES) {
            problems.put("alternativeNames", "courseSeries.tooManyNames");
        }
        if (!name.isEmpty() && namesInUse.contains(key(name))) {
            problems.put("name", "courseSeries.nameTaken");
        }
        if (alternatives.stream().anyMatch(a -> namesInUse.contains(key(a)) || key(a).equals(key(name)))) {
            problems.putIfAbsent("alternativeNames", "courseSeries.nameTaken");
        }
        KnownCodes.requireOne(input.countyCode(), known.counties(), "countyCode", "validation.unknownCounty",
                problems);
        if (input.level() == null) {
            problems.put("level", "validation.required");
        }
        KnownCodes.requireOne(input.kindCode(), known.kinds(), "kindCode", "course.unknownKind", problems);
        KnownCodes.requireAll(input.themes(), known.themes(), "themes", "course.unknownTheme", problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new CourseSeriesInput(name, alternatives, input.countyCode(), input.level(), input.kindCode(),
                input.themes());
    }

    /** A name as series are matched by: case and surrounding or repeated spaces do not count. */
    public static String key(String name) {
        return name.trim().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
