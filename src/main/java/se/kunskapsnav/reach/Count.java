package se.kunskapsnav.reach;

/**
 * A count of persons or participations together with its cell key: the sum (modulo 2³²) of the record keys
 * of what was counted (each person once, or each participation; a counted group with its count). The same
 * persons always give the same key, so {@link Figure#of(Count, boolean)} publishes the same figure for them.
 */
public record Count(long value, int key) {

    public static final Count ZERO = new Count(0, 0);
}
