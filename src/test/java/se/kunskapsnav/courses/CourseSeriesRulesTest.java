package se.kunskapsnav.courses;

import org.junit.jupiter.api.Test;
import se.kunskapsnav.platform.InvalidInputException;

import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class CourseSeriesRulesTest {

    private static final KnownCodes KNOWN = new KnownCodes(Set.of("01", "12"), Set.of("metodutbildning"),
            Set.of(), Set.of(), Set.of("vald-i-nara-relationer"), Set.of());

    private static CourseSeriesInput bas(List<String> alternatives) {
        return new CourseSeriesInput(" BAS ", alternatives, "01", CourseLevel.NATIONAL, "metodutbildning",
                List.of("vald-i-nara-relationer"));
    }

    private static Map<String, String> problems(CourseSeriesInput input, Set<String> namesInUse) {
        return assertThrows(InvalidInputException.class, () -> CourseSeriesRules.check(input, KNOWN, namesInUse))
                .fieldMessageKeys();
    }

    @Test
    void aGoodSeriesComesBackTrimmed() {
        CourseSeriesInput valid = CourseSeriesRules.check(bas(List.of(" VINR  bas", "Våld i nära relationer – grund")),
                KNOWN, Set.of("spets"));
        assertEquals("BAS", valid.name());
        assertEquals(List.of("VINR  bas", "Våld i nära relationer – grund"), valid.alternativeNames());
    }

    @Test
    void everyNameIdentifiesOneSeriesWhateverItsCaseAndSpacing() {
        assertEquals("courseSeries.nameTaken", problems(bas(List.of()), Set.of("bas")).get("name"));
        assertEquals("courseSeries.nameTaken",
                problems(bas(List.of("Vinr Bas")), Set.of(CourseSeriesRules.key(" VINR   bas"))).get("alternativeNames"));
        assertEquals("courseSeries.nameTaken", problems(bas(List.of("bas")), Set.of()).get("alternativeNames"),
                "an alternative name equal to its own name");
    }

    @Test
    void everyProblemIsReportedAtOnce() {
        CourseSeriesInput bad = new CourseSeriesInput("", List.of("x".repeat(201)), "99", null, "okand",
                List.of("finns-inte"));
        Map<String, String> problems = problems(bad, Set.of());
        assertEquals("validation.required", problems.get("name"));
        assertEquals("validation.tooLong", problems.get("alternativeNames"));
        assertEquals("validation.unknownCounty", problems.get("countyCode"));
        assertEquals("validation.required", problems.get("level"));
        assertEquals("course.unknownKind", problems.get("kindCode"));
        assertEquals("course.unknownTheme", problems.get("themes"));
    }
}
