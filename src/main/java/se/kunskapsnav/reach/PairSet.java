package se.kunskapsnav.reach;

import java.util.Arrays;

/**
 * A set of (value, member) pairs of ints, open addressing on longs: telling whether a person was already
 * counted for a profession costs no objects, which matters at a million facts per report.
 */
final class PairSet {

    private static final long EMPTY = -1L;

    private long[] slots;
    private int size;

    PairSet(int expected) {
        int capacity = Integer.highestOneBit(Math.max(16, expected * 2 - 1)) << 1;
        slots = new long[capacity];
        Arrays.fill(slots, EMPTY);
    }

    /** Adds the pair; true when it was not there. Both ints must be zero or more. */
    boolean add(int value, int member) {
        long pair = ((long) value << 32) | member;
        if (size * 2 >= slots.length) {
            grow();
        }
        int mask = slots.length - 1;
        int slot = mix(pair) & mask;
        while (true) {
            long held = slots[slot];
            if (held == EMPTY) {
                slots[slot] = pair;
                size++;
                return true;
            }
            if (held == pair) {
                return false;
            }
            slot = (slot + 1) & mask;
        }
    }

    private void grow() {
        long[] old = slots;
        slots = new long[old.length * 2];
        Arrays.fill(slots, EMPTY);
        int mask = slots.length - 1;
        for (long pair : old) {
            if (pair != EMPTY) {
                int slot = mix(pair) & mask;
                while (slots[slot] != EMPTY) {
                    slot = (slot + 1) & mask;
                }
                slots[slot] = pair;
            }
        }
    }

    private static int mix(long pair) {
        long h = pair * 0x9E3779B97F4A7C15L;
        return (int) (h ^ (h >>> 32));
    }
}
