package se.kunskapsnav.reach;

import java.util.Arrays;

/**
 * Numbers int keys 0, 1, 2 … in the order they come, like {@link Codes} without boxing: the summary numbers
 * its persons so, because the database's person ids have gaps (every {@code INSERT IGNORE} of a known person
 * key uses up an id) and reports keep one bit per person number.
 */
final class IntCodes {

    private static final int EMPTY = -1;

    private int[] keys = new int[1024];
    private int[] numbers = new int[1024];
    private volatile int size;

    IntCodes() {
        Arrays.fill(numbers, EMPTY);
    }

    synchronized int number(int key) {
        int mask = keys.length - 1;
        int slot = mix(key) & mask;
        while (numbers[slot] != EMPTY) {
            if (keys[slot] == key) {
                return numbers[slot];
            }
            slot = (slot + 1) & mask;
        }
        int number = size;
        keys[slot] = key;
        numbers[slot] = number;
        size = number + 1;
        if (size * 2 > keys.length) {
            grow();
        }
        return number;
    }

    /** How many keys are numbered: every number is below it. */
    int size() {
        return size;
    }

    private void grow() {
        int[] oldKeys = keys;
        int[] oldNumbers = numbers;
        keys = new int[oldKeys.length * 2];
        numbers = new int[oldKeys.length * 2];
        Arrays.fill(numbers, EMPTY);
        int mask = keys.length - 1;
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldNumbers[i] != EMPTY) {
                int slot = mix(oldKeys[i]) & mask;
                while (numbers[slot] != EMPTY) {
                    slot = (slot + 1) & mask;
                }
                keys[slot] = oldKeys[i];
                numbers[slot] = oldNumbers[i];
            }
        }
    }

    private static int mix(int key) {
        int h = key * 0x9E3779B9;
        return h ^ (h >>> 16);
    }
}
