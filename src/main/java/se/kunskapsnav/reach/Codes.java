package se.kunskapsnav.reach;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/** Numbers the values of one dimension (municipality codes, professions …) so facts can hold ints. */
final class Codes<T> {

    static final int NONE = -1;

    private final Map<T, Integer> numbers = new HashMap<>();
    private volatile Object[] values = new Object[16];
    private volatile int size;

    synchronized int number(T value) {
        if (value == null) {
            return NONE;
        }
        Integer known = numbers.get(value);
        if (known != null) {
            return known;
        }
        int number = size;
        if (number == values.length) {
            values = Arrays.copyOf(values, number * 2);
        }
        values[number] = value;
        numbers.put(value, number);
        size = number + 1;
        return number;
    }

    /** The number of a value already seen, or {@link #NONE}. */
    synchronized int find(T value) {
        Integer known = value == null ? null : numbers.get(value);
        return known == null ? NONE : known;
    }

    @SuppressWarnings("unchecked")
    T value(int number) {
        return (T) values[number];
    }

    int size() {
        return size;
    }
}
