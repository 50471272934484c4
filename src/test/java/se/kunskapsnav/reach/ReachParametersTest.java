package se.kunskapsnav.reach;

import org.junit.jupiter.api.Test;
import se.kunskapsnav.platform.InvalidInputException;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ReachParametersTest {

    private static final ReachOptions OPTIONS = new ReachOptions(
            Map.of("01", "Stockholms län", "25", "Norrbottens län"),
            Map.of("utbildningsdag", "Utbildningsdag", "kommunbesok", "Kommunbesök"),
            Map.of("hedersrelaterat-vald", "Hedersrelaterat våld och förtryck"),
            Map.of("kurator", "Kurator", "socialsekreterare", "Socialsekreterare"), Map.of("7", "BAS"));
    private static final ReachParameters PARAMETERS = new ReachParameters(OPTIONS,
            Map.of("AB", "01", "BD", "25"), LocalDate.of(2026, 11, 23));

    @Test
    void nothingAskedIsTheWholeCountryThisCalendarYear() {
        ReachQuery query = PARAMETERS.query(Map.of());

        assertTrue(query.wholeCountry());
        assertEquals(LocalDate.of(2026, 1, 1), query.from());
        assertEquals(LocalDate.of(2026, 12, 31), query.to());
        assertTrue(query.kinds().isEmpty() && query.themes().isEmpty() && query.professions().isEmpty());
    }

    @Test
    void countiesByCodeOrLettersAndEveryChoiceRepeated() {
        ReachQuery query = PARAMETERS.query(Map.of(
                "lan", List.of("bd", "01", " "),
                "ar", List.of("2018"),
                "typ", List.of("utbildningsdag", "kommunbesok"),
                "tema", List.of("hedersrelaterat-vald"),
                "yrke", List.of("kurator", ""),
                "serie", List.of("7")));

        assertEquals(Set.of("01", "25"), query.counties());
        assertEquals(LocalDate.of(2018, 1, 1), query.from());
        assertEquals(LocalDate.of(2018, 12, 31), query.to());
        assertEquals(Set.of("utbildningsdag", "kommunbesok"), query.kinds());
        assertEquals(Set.of("hedersrelaterat-vald"), query.themes());
        assertEquals(Set.of("kurator"), query.professions());
        assertEquals(Set.of("7"), query.series());
    }

    @Test
    void datesWinOverTheYearAndMayCrossYears() {
        ReachQuery query = PARAMETERS.query(Map.of("ar", List.of("2018"), "fran", List.of("2016-03-01"),
                "till", List.of("2018-06-30")));

        assertEquals(LocalDate.of(2016, 3, 1), query.from());
        assertEquals(LocalDate.of(2018, 6, 30), query.to());
        assertEquals(query, PARAMETERS.query(Map.of("ar", List.of("inte ett år"), "fran", List.of("2016-03-01"),
                "till", List.of("2018-06-30"))), "a year that is not used is not checked");
    }

    @Test
    void oneDayIsAPeriod() {
        ReachQuery query = PARAMETERS.query(Map.of("fran", List.of("2026-11-23"), "till", List.of("2026-11-23")));

        assertEquals(query.from(), query.to());
    }

    @Test
    void everyBadParameterIsNamedAtOnce() {
        InvalidInputException refused = assertThrows(InvalidInputException.class, () -> PARAMETERS.query(Map.of(
                "lan", List.of("01", "ZZ"),
                "typ", List.of("okand-typ"),
                "tema", List.of("okant-tema"),
                "yrke", List.of("astronaut"),
                "serie", List.of("999"),
                "fran", List.of("2026-13-01"),
                "till", List.of("igår"))));

        assertEquals(Map.of("lan", "reachpages.param.unknownCounty", "typ", "reachpages.param.unknownKind",
                "tema", "reachpages.param.unknownTheme", "yrke", "reachpages.param.unknownProfession",
                "serie", "reachpages.param.unknownSeries", "fran", "reachpages.param.badDate", "till", "reachpages.param.badDate"), refused.fieldMessageKeys());
    }

    @Test
    void periodProblemsNameTheirField() {
        assertEquals(Map.of("till", "reachpages.param.dateMissing"), problems("fran", "2026-01-01"));
        assertEquals(Map.of("fran", "reachpages.param.dateMissing"), problems("till", "2026-01-01"));
        assertEquals(Map.of("till", "reachpages.param.toBeforeFrom"),
                problems("fran", "2026-05-01", "till", "2026-04-30"));
        assertEquals(Map.of("fran", "reachpages.param.badDate"), problems("fran", "1989-12-31", "till", "2026-04-30"));
        assertEquals(Map.of("ar", "reachpages.param.badYear"), problems("ar", "tjugotjugo"));
        assertEquals(Map.of("ar", "reachpages.param.badYear"), problems("ar", "1989"));
        assertEquals(Map.of("ar", "reachpages.param.badYear"), problems("ar", "2101"));
        assertEquals(LocalDate.of(1990, 1, 1), PARAMETERS.query(Map.of("ar", List.of("1990"))).from());
        assertEquals(LocalDate.of(2100, 12, 31), PARAMETERS.query(Map.of("ar", List.of(" 2100 "))).to());
    }

    /** The problems of parameters given as name, value, name, value …; each name once. */
    private static Map<String, String> problems(String... nameAndValue) {
        Map<String, List<String>> parameters = new HashMap<>();
        for (int i = 0; i < nameAndValue.length; i += 2) {
            parameters.put(nameAndValue[i], Arrays.asList(nameAndValue[i + 1]));
        }
        return assertThrows(InvalidInputException.class, () -> PARAMETERS.query(parameters)).fieldMessageKeys();
    }
}
