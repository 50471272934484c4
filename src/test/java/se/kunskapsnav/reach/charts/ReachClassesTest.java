package se.kunskapsnav.reach.charts;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.stream.LongStream;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ReachClassesTest {

    @Test
    void quartilesAreRoundedUpToTwoSignificantDigits() {
        // 1..1000: quartiles 250, 500, 750; Swedish groups digits with a no-break space
        List<MapValue> values = LongStream.rangeClosed(1, 1000).mapToObj(v -> new MapValue(v, "")).toList();

        ReachClasses classes = ReachClasses.of(values);

        assertEquals(List.of("1–250", "251–500", "501–750", "751–1\u00a0000"), labels(classes));
        assertEquals(0, classes.classOf(250));
        assertEquals(1, classes.classOf(251));
        assertEquals(3, classes.classOf(1000));
    }

    @Test
    void roundingUpKeepsTwoDigits() {
        assertEquals(37, ReachClasses.roundUp(37));
        assertEquals(1300, ReachClasses.roundUp(1234));
        assertEquals(1200, ReachClasses.roundUp(1200));
        assertEquals(100, ReachClasses.roundUp(100));
    }

    @Test
    void notReachedAndHiddenCountsStayOutOfTheClasses() {
        List<MapValue> values = List.of(new MapValue(0L, "0"), new MapValue(null, "färre än 5"),
                new MapValue(7L, "7"), new MapValue(9L, "9"));

        ReachClasses classes = ReachClasses.of(values);

        assertEquals(List.of("7", "8–9"), labels(classes));
    }

    @Test
    void fewDistinctFiguresGiveFewerClasses() {
        List<MapValue> values = List.of(new MapValue(12L, "12"), new MapValue(12L, "12"), new MapValue(12L, "12"));

        assertEquals(List.of("12"), labels(ReachClasses.of(values)));
        assertEquals(List.of(), labels(ReachClasses.of(List.of(new MapValue(0L, "0")))));
    }

    private static List<String> labels(ReachClasses classes) {
        return java.util.stream.IntStream.range(0, classes.count()).mapToObj(classes::label).toList();
    }
}
