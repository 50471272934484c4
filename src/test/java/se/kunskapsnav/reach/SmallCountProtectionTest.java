package se.kunskapsnav.reach;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.UnaryOperator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The invariant of the published figures, over many reports a viewer without exact figures may ask for: a
 * county's year of courses, network meetings and municipal visits, asked for with random filters and in
 * adversarial pairs (periods a day apart, county sets a county apart, one kind against all, one profession
 * against all, breakdown rows against the total).
 * <ul>
 * <li>Bounded: a shown figure is within 4 of the count and at least 5; counts from 1 to 4 are hidden; zero is
 * zero.</li>
 * <li>Consistent: the same persons give the same figure, in whatever report, row or filter they are.</li>
 * <li>Not derivable: where two reports differ by 1 to 4 persons, the difference of their figures gives that
 * number only as often as two unrelated draws of noise agree (about one pair in six), and the best possible
 * guess from it is wrong more often than right. Before the figures were perturbed, every such pair gave the
 * number away.</li>
 * </ul>
 */
class SmallCountProtectionTest {

    private static final int YEAR = 2025;
    private static final List<String> COUNTIES = List.of("01", "03", "14", "25");
    private static final List<String> KINDS = List.of("utbildningsdag", "natverkstraff", "kommunbesok", "konferens");
    private static final List<String> THEMES = List.of("heder", "vinr", "barn");
    private static final List<String> PROFESSIONS = List.of("socialsekreterare", "kurator", "politiker", "polis",
            "enhetschef", "behandlare");
    private static final List<String> TYPES = List.of("MUNICIPALITY", "REGION", "WOMENS_SHELTER");
    private static final Map<String, MunicipalityFacts> MUNICIPALITIES = new LinkedHashMap<>();

    static {
        for (String county : COUNTIES) {
            for (int m = 0; m < 5; m++) {
                MUNICIPALITIES.put(county + "8" + m, new MunicipalityFacts(county, "B" + (3 + m), 10_000 * (m + 1)));
            }
        }
    }

    private ReachFacts facts;
    private ReachCalculator calculator;

    /** A person of the fixture: where they work and as what, the same at every activity. */
    private record Person(int id, String municipality, String profession, String type) {
    }

    @BeforeEach
    void aCountysYear() {
        facts = facts(PerturbationTest.SECRET, new Random(20251231L));
        calculator = new ReachCalculator(facts, MUNICIPALITIES);
    }

    @Test
    void everyFigureIsBoundedAndSmallCountsAreHidden() {
        Random random = new Random(1);
        int shown = 0;
        for (int i = 0; i < 400; i++) {
            for (Cell cell : cells(calculator.calculate(randomQuery(random)))) {
                Figure figure = Figure.of(cell.count(), false);
                long count = cell.count().value();
                if (count == 0) {
                    assertEquals(Figure.exact(0), figure, cell.name());
                } else if (count < Figure.SMALLEST_SHOWN) {
                    assertTrue(figure.hidden(), cell.name());
                } else if (!figure.hidden()) {
                    shown++;
                    assertTrue(Math.abs(figure.value() - count) <= Perturbation.MOST, cell.name());
                    assertTrue(figure.value() >= Figure.SMALLEST_SHOWN, cell.name());
                }
                assertTrue(figure.hidden() ? figure.value() == 0 : figure.value() >= 0, cell.name());
            }
        }
        assertTrue(shown > 10_000, "figures shown: " + shown);
    }

    @Test
    void theSamePersonsGiveTheSameFigureWhateverTheReport() {
        Random random = new Random(2);
        int compared = 0;
        for (int i = 0; i < 150; i++) {
            ReachQuery query = randomQuery(random);
            ReachTotals totals = calculator.calculate(query);

            // a breakdown's row and the report narrowed to it count the same persons
            for (ReachTotals.Line row : totals.breakdowns().get(Dimension.PROFESSION)) {
                compared += same(row.persons(), calculator.calculate(new ReachQuery(query.counties(), query.from(),
                        query.to(), query.kinds(), query.themes(), Set.of(row.key()), Set.of())).persons(),
                        "profession " + row.key());
            }
            for (ReachTotals.Line row : totals.breakdowns().get(Dimension.KIND)) {
                compared += same(row.persons(), calculator.calculate(new ReachQuery(query.counties(), query.from(),
                        query.to(), Set.of(row.key()), query.themes(), query.professions(), Set.of())).persons(),
                        "kind " + row.key());
            }
            for (ReachTotals.Line row : totals.breakdowns().get(Dimension.MONTH)) {
                YearMonth month = YearMonth.parse(row.key());
                if (!month.atDay(1).isBefore(query.from()) && !month.atEndOfMonth().isAfter(query.to())) {
                    compared += same(row.persons(), calculator.calculate(new ReachQuery(query.counties(),
                            month.atDay(1), month.atEndOfMonth(), query.kinds(), query.themes(), query.professions(),
                            Set.of())).persons(), "month " + month);
                }
            }
            if (query.wholeCountry()) {
                for (ReachTotals.Line row : totals.breakdowns().get(Dimension.COUNTY)) {
                    compared += same(row.persons(), calculator.calculate(new ReachQuery(Set.of(row.key()),
                            query.from(), query.to(), query.kinds(), query.themes(), query.professions(), Set.of()))
                            .persons(), "county " + row.key());
                }
            }

            // a period a day longer, where that day adds nobody: every figure of the report is the same
            LocalDate nextDay = query.to().plusDays(1);
            ReachQuery longer = new ReachQuery(query.counties(), query.from(), nextDay, query.kinds(), query.themes(),
                    query.professions(), Set.of());
            ReachQuery addedDay = new ReachQuery(query.counties(), nextDay, nextDay, query.kinds(), query.themes(),
                    query.professions(), Set.of());
            ReachTotals day = calculator.calculate(addedDay);
            if (day.participations().value() == 0 && day.registered().value() == 0) {
                List<Cell> before = cells(totals);
                List<Cell> after = cells(calculator.calculate(longer));
                assertEquals(published(before), published(after), "a day that adds nobody changes nothing");
                compared += before.size();
            }
        }
        assertTrue(compared > 1_000, "figures compared: " + compared);
    }

    @Test
    void reportsThatDifferByAFewPersonsDoNotTellHowMany() {
        Random random = new Random(3);
        Guesses guesses = new Guesses();
        List<UnaryOperator<ReachQuery>> widenings = List.of(
                q -> new ReachQuery(q.counties(), q.from(), q.to().plusDays(1), q.kinds(), q.themes(),
                        q.professions(), Set.of()),
                q -> new ReachQuery(q.counties(), q.from().minusDays(1), q.to(), q.kinds(), q.themes(),
                        q.professions(), Set.of()),
                q -> new ReachQuery(plus(q.counties(), COUNTIES.get(random.nextInt(COUNTIES.size()))), q.from(),
                        q.to(), q.kinds(), q.themes(), q.professions(), Set.of()),
                q -> new ReachQuery(q.counties(), q.from(), q.to(), Set.of(), q.themes(), q.professions(), Set.of()),
                q -> new ReachQuery(q.counties(), q.from(), q.to(), q.kinds(), q.themes(), Set.of(), Set.of()));
        for (int i = 0; i < 30_000 && guesses.pairs < 600; i++) {
            ReachQuery narrow = randomQuery(random);
            // something to widen: a county, a kind and a profession chosen
            narrow = new ReachQuery(narrow.counties().isEmpty() ? Set.of("14") : narrow.counties(), narrow.from(),
                    narrow.to(), narrow.kinds().isEmpty() ? Set.of("utbildningsdag") : narrow.kinds(), narrow.themes(),
                    narrow.professions().isEmpty() ? Set.of("kurator") : narrow.professions(), Set.of());
            ReachQuery wide = widenings.get(random.nextInt(widenings.size())).apply(narrow);
            ReachTotals inner = calculator.calculate(narrow);
            ReachTotals outer = calculator.calculate(wide);
            guesses.pair(inner.persons(), outer.persons());
            guesses.pair(inner.participations(), outer.participations());
            guesses.pair(inner.attended(), outer.attended());
        }
        assertTrue(guesses.pairs >= 600, "pairs that differ by 1 to 4: " + guesses.pairs);
        assertTrue(guesses.exact < 0.3 * guesses.pairs, "the difference of the figures was the difference of the "
                + "persons in " + guesses.exact + " of " + guesses.pairs + " pairs");
        assertTrue(guesses.right < 0.5 * guesses.pairs, "the best guess from the difference was right in "
                + guesses.right + " of " + guesses.pairs + " pairs");
    }

    @Test
    void aHiddenRowIsNotTheTotalLessTheShownRows() {
        Random random = new Random(4);
        int tables = 0;
        int givenAway = 0;
        for (int i = 0; i < 20_000 && tables < 300; i++) {
            ReachTotals totals = calculator.calculate(randomQuery(random));
            for (Dimension dimension : List.of(Dimension.PROFESSION, Dimension.ORGANISATION_TYPE,
                    Dimension.MUNICIPALITY)) {
                // every person has one profession, organisation and municipality: the rows part the total
                List<ReachTotals.Line> rows = totals.breakdowns().get(dimension);
                List<ReachTotals.Line> hidden = rows.stream()
                        .filter(row -> Figure.of(row.persons(), false).hidden()).toList();
                Figure total = Figure.of(totals.persons(), false);
                if (hidden.size() != 1 || total.hidden()) {
                    continue;
                }
                tables++;
                long shownRows = rows.stream().mapToLong(row -> Figure.of(row.persons(), false).value()).sum();
                if (total.value() - shownRows == hidden.getFirst().persons().value()) {
                    givenAway++;
                }
            }
        }
        assertTrue(tables >= 300, "tables with one hidden row: " + tables);
        assertTrue(givenAway < 0.3 * tables, "the total less the shown rows was the hidden row in " + givenAway
                + " of " + tables + " tables");
    }

    @Test
    void theFollowUpDayOfTheIssueNoLongerGivesTheRegionsAway() {
        // 60 persons at a follow-up day: 41 from municipalities, 17 from NGOs, 2 from regions; each secret is
        // another deployment, so another noise for the same day
        int shownAll = 0;
        int givenAway = 0;
        for (int secret = 0; secret < 300; secret++) {
            ReachFacts day = new ReachFacts(new RecordKeys(PerturbationTest.SECRET + " deployment " + secret));
            List<ReachFact> present = new ArrayList<>();
            for (int p = 0; p < 60; p++) {
                String type = p < 41 ? "MUNICIPALITY" : p < 58 ? "WOMENS_SHELTER" : "REGION";
                present.add(new ReachFact(LocalDate.of(YEAR, 5, 20), Outcome.ATTENDED, p, "person " + p, (long) p,
                        type, "1480", null, "kurator", null, 1));
            }
            day.replace("course:1", new ReachActivity(day.activityIndex("COURSE", 1L, "14"), "COURSE", 1L,
                    "uppfoljningsdag", "Uppföljningsdag", "14", null, Set.of("14"), Set.of()), present);
            ReachTotals totals = new ReachCalculator(day, MUNICIPALITIES)
                    .calculate(ReachQuery.year(YEAR, Set.of("14")));
            Figure all = Figure.of(totals.persons(), false);
            Figure municipalities = published(totals, "MUNICIPALITY");
            Figure ngos = published(totals, "WOMENS_SHELTER");
            assertTrue(published(totals, "REGION").hidden());
            shownAll++;
            if (all.value() - municipalities.value() - ngos.value() == 2) {
                givenAway++;
            }
        }
        assertTrue(givenAway < 0.3 * shownAll, "60 − 41 − 17 gave the 2 regions away in " + givenAway + " of "
                + shownAll + " deployments");
    }

    @Test
    void theDayOfTheIssueNoLongerFollowsFromTwoPeriods() {
        // 6 persons from 1 January to 9 June, 3 more on 10 June
        Guesses guesses = new Guesses();
        for (int secret = 0; secret < 300; secret++) {
            ReachFacts spring = new ReachFacts(new RecordKeys(PerturbationTest.SECRET + " deployment " + secret));
            List<ReachFact> before = new ArrayList<>();
            for (int p = 0; p < 6; p++) {
                before.add(fact(p, LocalDate.of(YEAR, 3, 1 + p), Outcome.ATTENDED, "1480", "kurator", "MUNICIPALITY"));
            }
            spring.replace("course:1", activity(spring, 1, "14", "utbildningsdag", Set.of()), before);
            spring.replace("course:2", activity(spring, 2, "14", "utbildningsdag", Set.of()), List.of(
                    fact(10, LocalDate.of(YEAR, 6, 10), Outcome.ATTENDED, "1480", "kurator", "MUNICIPALITY"),
                    fact(11, LocalDate.of(YEAR, 6, 10), Outcome.ATTENDED, "1481", "kurator", "MUNICIPALITY"),
                    fact(12, LocalDate.of(YEAR, 6, 10), Outcome.ATTENDED, "1481", "polis", "MUNICIPALITY")));
            ReachCalculator springCalculator = new ReachCalculator(spring, MUNICIPALITIES);
            Count toNinth = springCalculator.calculate(period(LocalDate.of(YEAR, 6, 9))).persons();
            Count toTenth = springCalculator.calculate(period(LocalDate.of(YEAR, 6, 10))).persons();
            assertEquals(6, toNinth.value());
            assertEquals(9, toTenth.value());
            guesses.pair(toNinth, toTenth);
        }
        assertTrue(guesses.exact < 0.3 * guesses.pairs, "9 − 6 gave the day's 3 in " + guesses.exact + " of "
                + guesses.pairs + " deployments where both figures were shown");
    }

    // ---- the attacker

    /**
     * What subtracting figures tells about pairs of counts that differ by 1 to 4: how often the difference of
     * the figures is the difference of the counts, and how often the best guess is right (the most likely
     * difference from 1 to 4 given the noise's distribution, which is public).
     */
    private static final class Guesses {
        int pairs;
        int exact;
        int right;

        void pair(Count inner, Count outer) {
            long difference = outer.value() - inner.value();
            Figure first = Figure.of(inner, false);
            Figure second = Figure.of(outer, false);
            if (difference < 1 || difference > 4 || first.hidden() || second.hidden()) {
                return; // a hidden figure gives nothing to subtract
            }
            pairs++;
            long seen = second.value() - first.value();
            exact += seen == difference ? 1 : 0;
            right += bestGuess(seen) == difference ? 1 : 0;
        }

        private static long bestGuess(long seen) {
            long best = 1;
            double likeliest = -1;
            for (long k = 1; k <= 4; k++) {
                double likelihood = differenceOfNoises((int) (seen - k));
                if (likelihood > likeliest) {
                    likeliest = likelihood;
                    best = k;
                }
            }
            return best;
        }

        /** The chance that two unrelated noises differ by {@code d}. */
        private static double differenceOfNoises(int d) {
            double[] percent = {1, 5, 12, 20, 24, 20, 12, 5, 1};
            double chance = 0;
            for (int a = 0; a < percent.length; a++) {
                int b = a - d;
                if (b >= 0 && b < percent.length) {
                    chance += percent[a] * percent[b] / 10_000;
                }
            }
            return chance;
        }
    }

    // ---- reports

    /** A figure of a report with where it stands. */
    private record Cell(String name, Count count) {
    }

    /** Every count of persons and participations a report publishes. */
    private static List<Cell> cells(ReachTotals totals) {
        List<Cell> cells = new ArrayList<>(List.of(new Cell("persons", totals.persons()),
                new Cell("participations", totals.participations()), new Cell("registered", totals.registered()),
                new Cell("attended", totals.attended())));
        totals.breakdowns().forEach((dimension, lines) -> lines.forEach(line -> {
            cells.add(new Cell(dimension + " " + line.key() + " persons", line.persons()));
            cells.add(new Cell(dimension + " " + line.key() + " participations", line.participations()));
        }));
        totals.registeredByActivity().forEach((key, count) -> cells.add(new Cell("registered " + key, count)));
        return cells;
    }

    private static Map<String, Figure> published(List<Cell> cells) {
        Map<String, Figure> figures = new LinkedHashMap<>();
        cells.forEach(cell -> figures.put(cell.name(), Figure.of(cell.count(), false)));
        return figures;
    }

    private static int same(Count row, Count narrowed, String what) {
        assertEquals(row, narrowed, what + ": the row and the narrowed report count the same persons");
        assertEquals(Figure.of(row, false), Figure.of(narrowed, false), what);
        return 1;
    }

    private static ReachQuery randomQuery(Random random) {
        LocalDate from = LocalDate.of(YEAR, 1, 1).plusDays(random.nextInt(300));
        LocalDate to = from.plusDays(random.nextInt(Math.max(1, 365 - from.getDayOfYear())));
        return new ReachQuery(some(random, COUNTIES, 2), from, to, some(random, KINDS, 2), some(random, THEMES, 1),
                some(random, PROFESSIONS, 2), Set.of());
    }

    private static Set<String> plus(Set<String> values, String value) {
        Set<String> more = new HashSet<>(values);
        more.add(value);
        return more;
    }

    private static ReachQuery period(LocalDate to) {
        return new ReachQuery(Set.of("14"), LocalDate.of(YEAR, 1, 1), to, Set.of(), Set.of(), Set.of(), Set.of());
    }

    /** None (everything) half the time, else one or more of the values. */
    private static Set<String> some(Random random, List<String> values, int most) {
        Set<String> chosen = new HashSet<>();
        if (random.nextBoolean()) {
            for (int i = 1 + random.nextInt(most); i > 0; i--) {
                chosen.add(values.get(random.nextInt(values.size())));
            }
        }
        return chosen;
    }

    // ---- the fixture

    /**
     * A year of four counties: 500 persons who come back (a person is drawn at position n·u², so some come
     * often), 160 courses, network meetings and conferences of 1–25 persons, some co-organised, and 40 municipal
     * visits counted per profession.
     */
    private static ReachFacts facts(String secret, Random random) {
        ReachFacts facts = new ReachFacts(new RecordKeys(secret));
        List<Person> persons = new ArrayList<>();
        List<String> places = List.copyOf(MUNICIPALITIES.keySet());
        for (int id = 0; id < 500; id++) {
            persons.add(new Person(id, places.get(random.nextInt(places.size())),
                    PROFESSIONS.get(random.nextInt(PROFESSIONS.size())), TYPES.get(random.nextInt(TYPES.size()))));
        }
        for (int a = 1; a <= 160; a++) {
            String county = COUNTIES.get(random.nextInt(COUNTIES.size()));
            String kind = KINDS.get(random.nextInt(KINDS.size()));
            kind = kind.equals("kommunbesok") ? "utbildningsdag" : kind;
            Set<String> themes = new HashSet<>(Set.of(THEMES.get(random.nextInt(THEMES.size()))));
            ReachActivity activity = new ReachActivity(facts.activityIndex("COURSE", (long) a, county), "COURSE",
                    (long) a, kind, "Aktivitet " + a, county, null,
                    coOrganisers(random, county), themes);
            LocalDate day = LocalDate.of(YEAR, 1, 1).plusDays(random.nextInt(365));
            List<ReachFact> present = new ArrayList<>();
            Set<Integer> came = new HashSet<>();
            for (int i = 1 + random.nextInt(25); i > 0; i--) {
                double u = random.nextDouble();
                Person person = persons.get((int) (persons.size() * u * u));
                if (came.add(person.id())) {
                    int roll = random.nextInt(10);
                    Outcome outcome = roll < 8 ? Outcome.ATTENDED : roll == 8 ? Outcome.ABSENT : Outcome.REGISTERED;
                    present.add(fact(person.id(), day, outcome, person.municipality(), person.profession(),
                            person.type()));
                }
            }
            facts.replace("course:" + a, activity, present);
        }
        for (int v = 1; v <= 40; v++) {
            String place = places.get(random.nextInt(places.size()));
            String county = place.substring(0, 2);
            ReachActivity visit = new ReachActivity(facts.activityIndex("MUNICIPAL_VISIT", (long) v, county),
                    "MUNICIPAL_VISIT", (long) v, "kommunbesok", "Besök " + v, county, null, Set.of(county),
                    Set.of(THEMES.get(random.nextInt(THEMES.size()))));
            LocalDate day = LocalDate.of(YEAR, 1, 1).plusDays(random.nextInt(365));
            List<ReachFact> counts = new ArrayList<>();
            for (String profession : PROFESSIONS.subList(0, 1 + random.nextInt(3))) {
                counts.add(new ReachFact(day, Outcome.ATTENDED, null, null, 1000L + v, "MUNICIPALITY", place, null,
                        profession, null, 1 + random.nextInt(8)));
            }
            facts.replace("visit:" + v, visit, counts);
        }
        return facts;
    }

    /** The organising county, and one in eight times another with it. */
    private static Set<String> coOrganisers(Random random, String county) {
        Set<String> counties = new HashSet<>(Set.of(county));
        if (random.nextInt(8) == 0) {
            counties.add(COUNTIES.get(random.nextInt(COUNTIES.size())));
        }
        return counties;
    }

    private static ReachFact fact(int person, LocalDate day, Outcome outcome, String municipality, String profession,
                                  String type) {
        return new ReachFact(day, outcome, person, "person " + person, 100L + TYPES.indexOf(type) * 1000L + person,
                type, municipality, null, profession, null, 1);
    }

    private static ReachActivity activity(ReachFacts facts, long id, String county, String kind, Set<String> themes) {
        return new ReachActivity(facts.activityIndex("COURSE", id, county), "COURSE", id, kind, "Kurs " + id, county,
                null, Set.of(county), themes);
    }

    private static Figure published(ReachTotals totals, String organisationType) {
        return Figure.of(line(totals, Dimension.ORGANISATION_TYPE, organisationType).persons(), false);
    }

    private static ReachTotals.Line line(ReachTotals totals, Dimension dimension, String key) {
        return totals.breakdowns().get(dimension).stream().filter(l -> key.equals(l.key())).findFirst()
                .orElseThrow(() -> new AssertionError("no " + dimension + " line " + key));
    }
}
