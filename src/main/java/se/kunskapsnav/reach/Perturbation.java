package se.kunskapsnav.reach;

/**
 * The perturbation table of the cell key method: the noise a count gets, looked up from the count and its cell
 * key. The noise is between -4 and +4, 0 in a quarter of the cells, and has mean 0 (variance 2.58):
 * <pre>
 *   noise        -4   -3   -2   -1    0   +1   +2   +3   +4
 *   percent       1    5   12   20   24   20   12    5    1
 * </pre>
 * The cell key and the count are mixed (the MurmurHash3 finaliser) before the lookup, so two sets that differ by
 * a few persons get noise as unrelated as two draws, whatever the difference of their keys. The same persons
 * always get the same noise: asking again, or for the same persons through other filters, gives nothing new.
 */
final class Perturbation {

    static final int MOST = 4;
    private static final int[] PERCENT = {1, 5, 12, 20, 24, 20, 12, 5, 1};
    /** Upper bounds of each noise's share of the 2³² mixed keys, cumulative. */
    private static final long[] BOUNDS = new long[PERCENT.length];

    static {
        long sum = 0;
        for (int i = 0; i < PERCENT.length; i++) {
            sum += PERCENT[i];
            BOUNDS[i] = (sum << 32) / 100;
        }
        if (sum != 100) {
            throw new ExceptionInInitializerError("the perturbation table's percentages sum to " + sum);
        }
    }

    private Perturbation() {
    }

    /** The noise of a count with a cell key. */
    static int noise(long count, int cellKey) {
        long mixed = Integer.toUnsignedLong(mix(cellKey ^ (int) count * 0x9E3779B9 ^ (int) (count >>> 32)));
        int i = 0;
        while (mixed >= BOUNDS[i]) {
            i++;
        }
        return i - MOST;
    }

    /** The figure to publish for a count: zero stays zero, any other count gets its noise. */
    static long published(Count count) {
        return count.value() == 0 ? 0 : count.value() + noise(count.value(), count.key());
    }

    private static int mix(int h) {
        h ^= h >>> 16;
        h *= 0x85EBCA6B;
        h ^= h >>> 13;
        h *= 0xC2B2AE35;
        return h ^ h >>> 16;
    }
}
