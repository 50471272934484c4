package se.kunskapsnav.reach;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.kunskapsnav.platform.CountyScope;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every figure on a small set of facts whose answers are worked out by hand (comments give the sums). 2018:
 * a training day co-organised by Stockholm (01) and Uppsala (03), a course-leader training in Uppsala, a
 * municipal visit counted per profession, the web course's individual track; a 2017 course outside the year.
 */
class ReachCalculatorTest {

    private static final Map<String, MunicipalityFacts> MUNICIPALITIES = Map.of(
            "0114", new MunicipalityFacts("01", "B4", 48_000),
            "0115", new MunicipalityFacts("01", "B4", 34_000),
            "0117", new MunicipalityFacts("01", "B4", 33_000),
            "0380", new MunicipalityFacts("03", "B3", 240_000),
            "0381", new MunicipalityFacts("03", "C8", 20_000));

    private final ReachFacts facts = new ReachFacts(new RecordKeys(PerturbationTest.SECRET));
    private ReachCalculator calculator;

    @BeforeEach
    void facts() {
        facts.replace("course:1", activity("COURSE", 1L, "utbildningsdag", "01", Set.of("01", "03"), Set.of("heder")),
                List.of(person(1, "2018-03-10", Outcome.ATTENDED, 100L, "MUNICIPALITY", "0114", null, "socialsekreterare"),
                        person(2, "2018-03-10", Outcome.ATTENDED, 101L, "WOMENS_SHELTER", "0115", null, "behandlare"),
                        person(3, "2018-03-10", Outcome.ABSENT, 100L, "MUNICIPALITY", "0114", null, "socialsekreterare"),
                        person(4, "2018-03-10", Outcome.REGISTERED, 100L, "MUNICIPALITY", "0114", null, "enhetschef")));
        facts.replace("course:2", activity("COURSE", 2L, "kursledarutbildning", "03", Set.of("03"), Set.of("vinr")),
                List.of(person(1, "2018-09-01", Outcome.ATTENDED, 100L, "MUNICIPALITY", "0114", null, "socialsekreterare"),
                        person(5, "2018-09-01", Outcome.ATTENDED, 102L, "REGION", "0380", "03", "kurator")));
        facts.replace("visit:5", activity("MUNICIPAL_VISIT", 5L, "kommunbesok", "01", Set.of("01"), Set.of()),
                List.of(counted("2018-05-05", 12, "socialsekreterare"), counted("2018-05-05", 3, "politiker")));
        ReachActivity individual = new ReachActivity(facts.activityIndex("WEBCOURSE", null, "01"), "WEBCOURSE", null,
                "webbkurs-individuell", null, "01", null, Set.of("01"), Set.of());
        facts.replace("enrolment:9", individual,
                List.of(person(6, "2018-02-01", Outcome.ENROLLED, 101L, "WOMENS_SHELTER", "0115", null, "behandlare"),
                        person(6, "2018-04-01", Outcome.COMPLETED, 101L, "WOMENS_SHELTER", "0115", null, "behandlare")));
        facts.replace("course:3", activity("COURSE", 3L, "utbildningsdag", "01", Set.of("01"), Set.of("heder")),
                List.of(person(7, "2017-06-01", Outcome.ATTENDED, 100L, "MUNICIPALITY", "0117", null, "socialsekreterare")));
        calculator = new ReachCalculator(facts, MUNICIPALITIES);
    }

    @Test
    void aYearOfTheWholeCountry() {
        ReachTotals totals = calculator.calculate(ReachQuery.year(2018, Set.of()));

        assertEquals(19, totals.persons().value(), "persons 1, 2, 5, 6 once each, and the 15 counted at the visit");
        assertEquals(20, totals.participations().value(), "2 + 2 at the courses, 15 at the visit, 1 enrolment");
        assertEquals(4, totals.activities());
        assertEquals(3, totals.municipalitiesReached(), "0114, 0115, 0380");
        assertEquals(5, totals.municipalitiesInScope());
        assertEquals(3, totals.organisationsReached());
        assertEquals(1, totals.otherOrganisations(), "the women's shelter; municipalities and regions are places");
        assertEquals(1, totals.regionsReached());
        assertEquals(5, totals.registered().value(), "persons 1-5 held a seat at a course");
        assertEquals(3, totals.attended().value(), "persons 1, 2 and 5 came");
        assertEquals(1, totals.enrolled().value());
        assertEquals(1, totals.completed().value());
    }

    @Test
    void aPersonAtTwoActivitiesCountsOnceAsAPersonAndTwiceAsParticipations() {
        ReachTotals.Line social = line(calculator.calculate(ReachQuery.year(2018, Set.of())), Dimension.PROFESSION,
                "socialsekreterare");

        assertEquals(13, social.persons().value(), "person 1 once, and 12 counted");
        assertEquals(14, social.participations().value());
    }

    @Test
    void breakdownsByActivityThemeCountyAndMonth() {
        ReachTotals totals = calculator.calculate(ReachQuery.year(2018, Set.of()));

        ReachTotals.Line trainingDay = line(totals, Dimension.ACTIVITY, "COURSE:1");
        assertEquals(2, trainingDay.persons().value());
        assertEquals(2, trainingDay.municipalities(), "0114 and 0115");
        assertEquals(4L, totals.registeredByActivity().get("COURSE:1").value());
        assertEquals(2, line(totals, Dimension.THEME, "heder").persons().value());
        assertEquals(18, line(totals, Dimension.COUNTY, "01").persons().value(),
                "course 1, the visit and the web course");
        assertEquals(3, line(totals, Dimension.COUNTY, "03").persons().value(), "courses 1 and 2: persons 1, 2, 5");
        assertEquals(15, line(totals, Dimension.MONTH, "2018-05").persons().value());
        assertEquals(1, line(totals, Dimension.MONTH, "2018-02").persons().value(),
                "the enrolment, not the completion");
        assertEquals(2, line(totals, Dimension.ORGANISATION_TYPE, "WOMENS_SHELTER").persons().value());
        assertEquals(1, line(totals, Dimension.ORGANISATION_TYPE, "WOMENS_SHELTER").organisations());
        assertEquals(18, line(totals, Dimension.MUNICIPALITY_GROUP, "B4").persons().value(),
                "persons 1, 2, 6 and the visit's 15 came from 0114 and 0115");
        assertEquals(1, line(totals, Dimension.MUNICIPALITY_GROUP, "B3").persons().value());
        assertEquals(18, line(totals, Dimension.POPULATION_BAND, "UP_TO_70000").persons().value());
        assertEquals(1, line(totals, Dimension.POPULATION_BAND, "OVER_200000").persons().value());
    }

    @Test
    void aCountyScopeCountsItsActivitiesAndItsOwnMunicipalities() {
        ReachTotals uppsala = calculator.calculate(ReachQuery.year(2018, Set.of("03")));

        assertEquals(3, uppsala.persons().value(), "the co-organised training day and the course-leader training");
        assertEquals(2, uppsala.municipalitiesInScope());
        assertEquals(1, uppsala.scopeMunicipalitiesReached(), "0380; 0114 and 0115 are Stockholm's");
        assertEquals(3, uppsala.municipalitiesReached());
    }

    @Test
    void filtersNarrowByKindThemeProfessionAndPeriod() {
        assertEquals(15, persons(query(Set.of("kommunbesok"), Set.of(), Set.of(), Set.of())));
        assertEquals(2, persons(query(Set.of(), Set.of("vinr"), Set.of(), Set.of())));
        assertEquals(13, persons(query(Set.of(), Set.of(), Set.of("socialsekreterare"), Set.of())));
        assertEquals(2, persons(query(Set.of(), Set.of(), Set.of(), Set.of("WOMENS_SHELTER"))), "persons 2 and 6");
        ReachQuery twoYears = new ReachQuery(Set.of(), LocalDate.of(2017, 1, 1), LocalDate.of(2018, 12, 31),
                Set.of(), Set.of(), Set.of(), Set.of());
        assertEquals(20, calculator.calculate(twoYears).persons().value(), "person 7 of 2017 too");
    }

    @Test
    void aReplacedSourceCountsOnlyItsNewFacts() {
        facts.replace("course:1", activity("COURSE", 1L, "utbildningsdag", "01", Set.of("01", "03"), Set.of("heder")),
                List.of(person(1, "2018-03-10", Outcome.ATTENDED, 100L, "MUNICIPALITY", "0114", null, "socialsekreterare")));
        assertEquals(18, calculator.calculate(ReachQuery.year(2018, Set.of())).persons().value(), "person 2 is gone");

        facts.replace("course:1", null, List.of());
        assertEquals(2, calculator.calculate(ReachQuery.year(2018, Set.of("03"))).persons().value(),
                "Uppsala keeps persons 1 and 5 of course 2");
    }

    @Test
    void theRightToSeeExactFigures() {
        Set<String> stockholm = Set.of("01");
        Set<String> both = Set.of("01", "03");
        Set<String> country = Set.of();
        CountyScope editor = new CountyScope(false, Set.of("01"));
        CountyScope administrator = new CountyScope(true, Set.of());

        assertTrue(ReachService.mayReadExact(editor, stockholm));
        assertFalse(ReachService.mayReadExact(editor, both), "Uppsala's figures are not the editor's");
        assertFalse(ReachService.mayReadExact(editor, country));
        assertFalse(ReachService.mayReadExact(CountyScope.NONE, stockholm));
        assertTrue(ReachService.mayReadExact(administrator, country));
    }

    /** Two runs of one series under different titles: the series counts each person and municipality once. */
    @Test
    void aCourseSeriesCountsDistinctPersonsAndMunicipalitiesNotTheSumOfItsCourses() {
        facts.replace("course:1", seriesCourse(1L, "01", "Våld i nära relationer – grundutbildning", "7"),
                List.of(person(1, "2018-03-10", Outcome.ATTENDED, 100L, "MUNICIPALITY", "0114", null, "socialsekreterare"),
                        person(2, "2018-03-10", Outcome.ATTENDED, 101L, "WOMENS_SHELTER", "0115", null, "behandlare")));
        facts.replace("course:2", seriesCourse(2L, "03", "VINR bas", "7"),
                List.of(person(1, "2018-09-01", Outcome.ATTENDED, 100L, "MUNICIPALITY", "0114", null, "socialsekreterare"),
                        person(5, "2018-09-01", Outcome.ATTENDED, 102L, "REGION", "0380", "03", "kurator")));
        facts.replace("course:3", seriesCourse(3L, "01", "SPETS", "8"),
                List.of(person(7, "2017-06-01", Outcome.ATTENDED, 100L, "MUNICIPALITY", "0117", null, "socialsekreterare")));

        ReachTotals year = calculator.calculate(ReachQuery.year(2018, Set.of()));
        ReachTotals.Line bas = line(year, Dimension.SERIES, "7");
        assertEquals(3, bas.persons().value(), "persons 1, 2 and 5; person 1 took both runs");
        assertEquals(3, bas.municipalities(), "0114, 0115 and 0380");
        assertEquals(List.of("7"), year.breakdowns().get(Dimension.SERIES).stream().map(ReachTotals.Line::key).toList(),
                "the 2017 series is outside the year; activities of no series have no line");

        ReachQuery onlyBas = new ReachQuery(Set.of(), LocalDate.of(2017, 1, 1), LocalDate.of(2018, 12, 31), Set.of(),
                Set.of(), Set.of(), Set.of(), Set.of("7"));
        assertEquals(3, persons(onlyBas), "the visit, the web course and the other series are left out");
        assertEquals(2, calculator.calculate(onlyBas).activities());
    }

    private ReachActivity seriesCourse(long id, String county, String title, String series) {
        return new ReachActivity(facts.activityIndex("COURSE", id, county), "COURSE", id, "utbildningsdag", title,
                county, null, Set.of(county), Set.of(), series);
    }

    private long persons(ReachQuery query) {
        return calculator.calculate(query).persons().value();
    }

    private static ReachQuery query(Set<String> kinds, Set<String> themes, Set<String> professions, Set<String> types) {
        return new ReachQuery(Set.of(), LocalDate.of(2018, 1, 1), LocalDate.of(2018, 12, 31), kinds, themes,
                professions, types);
    }

    private ReachActivity activity(String type, Long id, String kind, String county, Set<String> counties,
                                   Set<String> themes) {
        return new ReachActivity(facts.activityIndex(type, id, county), type, id, kind, kind + " " + id, county,
                null, counties, themes);
    }

    private static ReachFact person(int person, String day, Outcome outcome, Long organisation, String type,
                                    String municipality, String region, String profession) {
        return new ReachFact(LocalDate.parse(day), outcome, person, "person " + person, organisation, type,
                municipality, region, profession, null, 1);
    }

    private static ReachFact counted(String day, int count, String profession) {
        return new ReachFact(LocalDate.parse(day), Outcome.ATTENDED, null, null, 100L, "MUNICIPALITY", "0114", null,
                profession, null, count);
    }

    private static ReachTotals.Line line(ReachTotals totals, Dimension dimension, String key) {
        return totals.breakdowns().get(dimension).stream().filter(l -> key.equals(l.key())).findFirst()
                .orElseThrow(() -> new AssertionError("no " + dimension + " line " + key));
    }
}
