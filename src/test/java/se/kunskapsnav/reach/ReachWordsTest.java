package se.kunskapsnav.reach;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ReachWordsTest {

    @Test
    void theStandardSentenceNamesTheOneKindAskedForAndThePeriod() {
        ReachQuery years = new ReachQuery(Set.of(), LocalDate.of(2016, 1, 1), LocalDate.of(2018, 12, 31),
                Set.of("kursledarutbildning"), Set.of(), Set.of(), Set.of());

        assertEquals("315 personer från 94 kommuner, 7 regioner och 30 organisationer deltog i kursledarutbildning"
                        + " 2016–2018.",
                ReachWords.sentence(Figure.exact(315), 94, 7, 30, List.of("Kursledarutbildning"), 12,
                        ReachWords.period(years)));
    }

    @Test
    void severalKindsAreCountedAsActivitiesAndAHiddenCountIsWords() {
        assertEquals("färre än 5 personer från 1 kommun, 0 regioner och 0 organisationer deltog i 2 aktiviteter 2018.",
                ReachWords.sentence(new Figure(0, true), 1, 0, 0, List.of(), 2,
                        ReachWords.period(ReachQuery.year(2018, Set.of()))));
    }

    @Test
    void oneOfAThingIsSingular() {
        assertEquals("0 personer från 1 kommun, 1 region och 1 organisation deltog i 1 aktivitet 2018.",
                ReachWords.sentence(Figure.exact(0), 1, 1, 1, List.of(), 1,
                        ReachWords.period(ReachQuery.year(2018, Set.of()))));
    }

    @Test
    void aPeriodOtherThanWholeYearsIsWrittenOutInDays() {
        ReachQuery spring = new ReachQuery(Set.of(), LocalDate.of(2018, 3, 1), LocalDate.of(2018, 6, 30), Set.of(),
                Set.of(), Set.of(), Set.of());

        assertEquals("1 mars 2018–30 juni 2018", ReachWords.period(spring));
    }
}
