package se.kunskapsnav.reach.charts;

import se.kunskapsnav.platform.Messages;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Splits the reached areas' figures into at most four classes for the map, by quartiles rounded up to two
 * significant digits, so a skewed spread (a few large cities, many small towns) still shows differences.
 * Not reached (0) and hidden small counts are kept apart from the classes.
 */
final class ReachClasses {

    /** Which palette colours are used when there are fewer than four classes: spread, never all pale. */
    private static final int[][] SPREAD = {{}, {2}, {1, 3}, {0, 2, 3}, {0, 1, 2, 3}};

    private final long[] lowers;
    private final long[] uppers;

    private ReachClasses(long[] lowers, long[] uppers) {
        this.lowers = lowers;
        this.uppers = uppers;
    }

    static ReachClasses of(Collection<MapValue> values) {
        long[] reached = values.stream().filter(v -> !v.suppressed() && v.value() > 0)
                .mapToLong(MapValue::value).sorted().toArray();
        if (reached.length == 0) {
            return new ReachClasses(new long[0], new long[0]);
        }
        long max = reached[reached.length - 1];
        List<Long> breaks = new ArrayList<>();
        for (double quarter : new double[] {0.25, 0.5, 0.75}) {
            long quantile = reached[(int) Math.ceil(quarter * reached.length) - 1];
            long rounded = roundUp(quantile);
            if (rounded < max && (breaks.isEmpty() || rounded > breaks.getLast())) {
                breaks.add(rounded);
            }
        }
        breaks.add(max);
        long[] uppers = breaks.stream().mapToLong(Long::longValue).toArray();
        long[] lowers = new long[uppers.length];
        lowers[0] = reached[0];
        for (int i = 1; i < uppers.length; i++) {
            lowers[i] = uppers[i - 1] + 1;
        }
        return new ReachClasses(lowers, uppers);
    }

    /** Up to two significant digits: 37 stays, 1 234 becomes 1 300. */
    static long roundUp(long value) {
        long unit = 1;
        while (value / unit >= 100) {
            unit *= 10;
        }
        return (value + unit - 1) / unit * unit;
    }

    int count() {
        return uppers.length;
    }

    /** The class of a reached figure (greater than 0), from 0 for the fewest. */
    int classOf(long value) {
        for (int i = 0; i < uppers.length; i++) {
            if (value <= uppers[i]) {
                return i;
            }
        }
        throw new IllegalArgumentException(value + " is above the largest class");
    }

    /** The blue of a class: lighter for fewer. */
    String colour(int index) {
        return Palette.CLASSES[SPREAD[count()][index]];
    }

    /** The class's range for the legend, e.g. "13–40". */
    String label(int index) {
        return lowers[index] == uppers[index]
                ? Messages.get("reach.chart.number", lowers[index])
                : Messages.get("reach.chart.legend.range", lowers[index], uppers[index]);
    }
}
