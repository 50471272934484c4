package se.kunskapsnav.reach;

/**
 * A count of people as a report shows it. In public and cross-county views a count from 1 to 4 could point
 * out a person, so it is hidden ("färre än 5"); zero and 5 or more are shown.
 */
public record Figure(long value, boolean hidden) {

    public static final int SMALLEST_SHOWN = 5;

    public static Figure of(long value, boolean exact) {
        return new Figure(value, !exact && value > 0 && value < SMALLEST_SHOWN);
    }

    /** The value to show, or null when it is hidden. */
    public Long shown() {
        return hidden ? null : value;
    }

    /** The percentage of a total, or null when hidden or there is no total. */
    public Integer percentOf(long total) {
        return hidden || total <= 0 ? null : (int) Math.round(100.0 * value / total);
    }
}
