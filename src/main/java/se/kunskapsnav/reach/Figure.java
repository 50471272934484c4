package se.kunskapsnav.reach;

/**
 * A count of people as a report shows it. A viewer who may see exact figures gets the count itself. Everyone
 * else gets the published figure of the cell key method ({@link Perturbation}): the count plus a small noise
 * that is always the same for the same persons, so subtracting figures of reports that differ by a day, a
 * county or a kind gives noise instead of the persons in between. A count from 1 to 4, or one whose published
 * figure is below 5, is hidden ("färre än 5"); zero is zero. This is the one place a published figure is made.
 *
 * @param value the figure to show (0 when hidden: a hidden figure carries nothing of its count)
 */
public record Figure(long value, boolean hidden) {

    public static final int SMALLEST_SHOWN = 5;
    private static final Figure HIDDEN = new Figure(0, true);

    /** A figure shown as it is: a count the viewer may see exactly, or a count of places. */
    public static Figure exact(long value) {
        return new Figure(value, false);
    }

    /** A count as a viewer sees it: exact, or the published figure. */
    public static Figure of(Count count, boolean exact) {
        if (exact || count.value() == 0) {
            return exact(count.value());
        }
        long published = Perturbation.published(count);
        return count.value() < SMALLEST_SHOWN || published < SMALLEST_SHOWN ? HIDDEN : exact(published);
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
