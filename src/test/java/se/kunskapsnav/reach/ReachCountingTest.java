package se.kunskapsnav.reach;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Distinct counts at a scale the hand-computed fixtures do not reach: thousands of persons (counted a bucket of
 * person numbers at a time), person ids far apart (the database's ids have gaps), and activities fed by several
 * sources. The figures, and their cell keys (the sum of the record keys of the persons, participations and
 * counted groups in them), are compared with a plain count over sets.
 */
class ReachCountingTest {

    private static final Map<String, MunicipalityFacts> MUNICIPALITIES = Map.of(
            "0180", new MunicipalityFacts("01", "A1", 990_000),
            "0114", new MunicipalityFacts("01", "A2", 48_000),
            "0380", new MunicipalityFacts("03", "B3", 240_000),
            "2380", new MunicipalityFacts("23", "C6", 64_000));
    private static final List<String> PLACES = List.copyOf(MUNICIPALITIES.keySet());
    private static final List<String> PROFESSIONS = List.of("socialsekreterare", "kurator", "politiker");

    private final ReachFacts facts = new ReachFacts(new RecordKeys(PerturbationTest.SECRET));
    private final ReachCalculator calculator = new ReachCalculator(facts, MUNICIPALITIES);

    @Test
    void tenThousandPersonsAtTwoCoursesEachAreTenThousandPersons() {
        List<ReachFact> first = new ArrayList<>();
        List<ReachFact> second = new ArrayList<>();
        for (int i = 0; i < 10_000; i++) {
            int id = i * 9_973 + 1; // ids with gaps, the largest near 100 million
            first.add(fact(id, "2018-03-10", Outcome.ATTENDED, "0180", "socialsekreterare"));
            second.add(fact(id, "2018-10-02", Outcome.ATTENDED, "0180", "socialsekreterare"));
        }
        facts.replace("course:1", course(1, "01"), first);
        facts.replace("course:2", course(2, "01"), second);

        ReachTotals totals = calculator.calculate(ReachQuery.year(2018, Set.of()));

        assertEquals(10_000, totals.persons().value());
        assertEquals(20_000, totals.participations().value());
        assertEquals(10_000, line(totals, Dimension.PROFESSION, "socialsekreterare").persons().value());
        assertEquals(10_000, line(totals, Dimension.COUNTY, "01").persons().value());
        assertEquals(10_000, line(totals, Dimension.MONTH, "2018-03").persons().value());
        assertEquals(10_000, line(totals, Dimension.ACTIVITY, "COURSE:2").persons().value());
        assertEquals(10_000, totals.attended().value());
    }

    @Test
    void aPersonInTwoSourcesOfOneStudyGroupCountsOnceForIt() {
        ReachActivity group = new ReachActivity(facts.activityIndex("WEBCOURSE", 7L, "03"), "WEBCOURSE", 7L,
                "webbkurs-grupp", "Studiegrupp", "03", LocalDate.parse("2019-02-01"), Set.of("03"), Set.of());
        facts.replace("study_group:7", group, List.of(fact(5, "2019-02-01", Outcome.ENROLLED, "0380", "kurator"),
                counted("2019-02-01", 6)));
        facts.replace("enrolment:40", group, List.of(fact(5, "2019-02-03", Outcome.ENROLLED, "0380", "kurator"),
                fact(5, "2019-05-03", Outcome.COMPLETED, "0380", "kurator")));
        facts.replace("enrolment:41", group, List.of(fact(8, "2019-02-04", Outcome.ENROLLED, "0114", "kurator")));

        ReachTotals.Line line = line(calculator.calculate(ReachQuery.year(2019, Set.of())), Dimension.ACTIVITY,
                "WEBCOURSE:7");

        assertEquals(8, line.persons().value(), "person 5 once, person 8, and the 6 counted");
        assertEquals(9, line.participations().value());
        assertEquals(3, line.municipalities(), "0380 (person 5, once), 0114 and the counted ones' 0180");
    }

    @Test
    void everyFigureAgreesWithAPlainCountOverRandomFacts() {
        Random random = new Random(20261124L);
        Map<String, ReachActivity> activities = new HashMap<>();
        for (int source = 0; source < 400; source++) {
            int activity = random.nextInt(250);
            String county = random.nextBoolean() ? "01" : "03";
            ReachActivity known = activities.computeIfAbsent("COURSE:" + activity, key -> course(activity, county));
            List<ReachFact> list = new ArrayList<>();
            for (int f = random.nextInt(40); f > 0; f--) {
                String day = LocalDate.of(2017 + random.nextInt(3), 1 + random.nextInt(12), 1 + random.nextInt(28))
                        .toString();
                String place = PLACES.get(random.nextInt(PLACES.size()));
                String profession = PROFESSIONS.get(random.nextInt(PROFESSIONS.size()));
                Outcome outcome = Outcome.values()[random.nextInt(3)];
                list.add(random.nextInt(10) == 0 ? counted(day, 1 + random.nextInt(9))
                        : fact(1 + random.nextInt(9_000) * 1_000, day, outcome, place, profession));
            }
            facts.replace("source:" + source, known, list);
        }
        ReachQuery query = new ReachQuery(Set.of(), LocalDate.parse("2017-06-01"), LocalDate.parse("2019-03-31"),
                Set.of(), Set.of(), Set.of(), Set.of());

        ReachTotals totals = calculator.calculate(query);

        PlainCount plain = new PlainCount();
        for (ReachFacts.Source source : facts.sources()) {
            for (int i = 0; i < source.size(); i++) {
                LocalDate day = LocalDate.ofEpochDay(source.day[i]);
                if (!day.isBefore(query.from()) && !day.isAfter(query.to())) {
                    plain.add(source, i, day);
                }
            }
        }
        assertEquals(plain.total("all"), totals.persons());
        assertEquals(plain.total("participations"), totals.participations());
        assertEquals(plain.total("registered"), totals.registered());
        assertEquals(plain.total("attended"), totals.attended());
        for (String profession : PROFESSIONS) {
            assertEquals(plain.total("profession " + profession),
                    line(totals, Dimension.PROFESSION, profession).persons(), profession);
        }
        for (String place : PLACES) {
            assertEquals(plain.total("municipality " + place),
                    line(totals, Dimension.MUNICIPALITY, place).persons(), place);
        }
        for (ReachTotals.Line month : totals.breakdowns().get(Dimension.MONTH)) {
            assertEquals(plain.total("month " + month.key()), month.persons(), month.key());
        }
        for (ReachTotals.Line activity : totals.breakdowns().get(Dimension.ACTIVITY)) {
            assertEquals(plain.total("activity " + activity.key()), activity.persons(), activity.key());
        }
        assertEquals(plain.activities.size(), totals.activities());
    }

    /**
     * Reach counted the plain way: a set of persons per figure with each person's record key, and the counted
     * groups beside it; participations are every fact with its count and key.
     */
    private final class PlainCount {
        final Map<String, Set<Integer>> persons = new HashMap<>();
        final Map<Integer, Integer> personKeys = new HashMap<>();
        final Map<String, Count> counted = new HashMap<>();
        final Set<Integer> activities = new HashSet<>();

        void add(ReachFacts.Source source, int i, LocalDate day) {
            Outcome outcome = Outcome.values()[source.outcome[i]];
            List<String> figures = new ArrayList<>(List.of("registered"));
            if (outcome == Outcome.ATTENDED) {
                figures.add("attended");
            }
            if (outcome.reached()) {
                activities.add(source.activity.index());
                add(source, i, "participations", true);
                figures.addAll(List.of("all", "profession " + facts.professions.value(source.profession[i]),
                        "municipality " + facts.municipalities.value(source.municipality[i]),
                        "month " + YearMonth.from(day),
                        "activity " + facts.activityKeys.value(source.activity.index())));
            }
            figures.forEach(figure -> add(source, i, figure, false));
        }

        /** A fact in a figure: its person once, or its counted group (participations: every fact). */
        private void add(ReachFacts.Source source, int i, String figure, boolean everyFact) {
            int person = source.person[i];
            if (person == Codes.NONE || everyFact) {
                counted.merge(figure, new Count(source.count[i], source.key[i]),
                        (a, b) -> new Count(a.value() + b.value(), a.key() + b.key()));
            } else {
                persons.computeIfAbsent(figure, f -> new HashSet<>()).add(person);
                personKeys.put(person, source.key[i]);
            }
        }

        Count total(String figure) {
            Set<Integer> distinct = persons.getOrDefault(figure, Set.of());
            Count groups = counted.getOrDefault(figure, Count.ZERO);
            int key = groups.key();
            for (int person : distinct) {
                key += personKeys.get(person);
            }
            return new Count(distinct.size() + groups.value(), key);
        }
    }

    private ReachActivity course(int id, String county) {
        return new ReachActivity(facts.activityIndex("COURSE", (long) id, county), "COURSE", (long) id,
                "utbildningsdag", "Kurs " + id, county, null, Set.of(county), Set.of());
    }

    private static ReachFact fact(int person, String day, Outcome outcome, String municipality, String profession) {
        return new ReachFact(LocalDate.parse(day), outcome, person, "person " + person, 100L, "MUNICIPALITY",
                municipality, null, profession, "socialtjanst", 1);
    }

    private static ReachFact counted(String day, int count) {
        return new ReachFact(LocalDate.parse(day), Outcome.ATTENDED, null, null, 100L, "MUNICIPALITY", "0180", null,
                "socialsekreterare", null, count);
    }

    private static ReachTotals.Line line(ReachTotals totals, Dimension dimension, String key) {
        return totals.breakdowns().get(dimension).stream().filter(l -> key.equals(l.key())).findFirst()
                .orElseThrow(() -> new AssertionError("no line " + key + " in " + dimension));
    }
}
