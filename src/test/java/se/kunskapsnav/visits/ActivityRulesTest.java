package se.kunskapsnav.visits;

import org.junit.jupiter.api.Test;
import se.kunskapsnav.courses.KnownCodes;
import se.kunskapsnav.platform.InvalidInputException;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ActivityRulesTest {

    private static final KnownCodes KNOWN = new KnownCodes(Set.of("01", "12"),
            Set.of("konferens", "informationstillfalle"), Set.of("kurator"), Set.of(),
            Set.of("vald-i-nara-relationer"), Set.of());

    @Test
    void aConferenceOfOneDayIsAcceptedTrimmed() {
        ActivityInput valid = ActivityRules.check(new ActivityInput("12", "konferens", " Regional konferens ",
                " Länsstyrelsen Skåne och Region Skåne ", LocalDate.of(2026, 4, 2), LocalDate.of(2026, 4, 2),
                List.of("vald-i-nara-relationer", "")), KNOWN);
        assertEquals("Regional konferens", valid.title());
        assertEquals("Länsstyrelsen Skåne och Region Skåne", valid.organiser());
        assertEquals(List.of("vald-i-nara-relationer"), valid.themes());
    }

    @Test
    void everyProblemIsReported() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> ActivityRules.check(
                new ActivityInput("99", "fest", " ", null, LocalDate.of(2026, 4, 2), LocalDate.of(2026, 4, 1),
                        List.of("okant")), KNOWN));
        assertEquals(Map.of("countyCode", "validation.unknownCounty", "kindCode", "course.unknownKind",
                "title", "validation.required", "organiser", "validation.required",
                "endsOn", "activities.endsBeforeStart", "themes", "course.unknownTheme"), e.fieldMessageKeys());
        InvalidInputException missing = assertThrows(InvalidInputException.class, () -> ActivityRules.check(
                new ActivityInput(null, null, "T", "O", null, null, null), KNOWN));
        assertEquals(Map.of("countyCode", "validation.required", "kindCode", "validation.required",
                "startsOn", "validation.required", "endsOn", "validation.required"), missing.fieldMessageKeys());
    }
}
