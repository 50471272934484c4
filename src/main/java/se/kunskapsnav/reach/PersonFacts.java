package se.kunskapsnav.reach;

import java.util.Arrays;

/**
 * A report's facts that name a person, sorted into buckets by the high bits of the person's number
 * ({@link Tally#BUCKET_BITS}), each bucket in the order the facts came. Each fact is what telling persons apart
 * needs: its attributes packed in a long (the person's low bits, outcome, municipality, profession, sector and
 * organisation type), the source it came from (by its place in the report's pass) and its month.
 */
final class PersonFacts {

    private static final int FIRST_CAPACITY = 64;

    private long[][] attributes;
    private int[][] sources;
    private int[][] months;
    private int[] sizes;

    PersonFacts(int personSpace) {
        int buckets = (Math.max(personSpace, 1) + Tally.BUCKET - 1) >>> Tally.BUCKET_BITS;
        attributes = new long[buckets][];
        sources = new int[buckets][];
        months = new int[buckets][];
        sizes = new int[buckets];
    }

    void add(int person, long packed, int source, int month) {
        int bucket = person >>> Tally.BUCKET_BITS;
        if (bucket >= sizes.length) {
            int length = bucket + 1;
            attributes = Arrays.copyOf(attributes, length);
            sources = Arrays.copyOf(sources, length);
            months = Arrays.copyOf(months, length);
            sizes = Arrays.copyOf(sizes, length);
        }
        int size = sizes[bucket];
        if (attributes[bucket] == null) {
            attributes[bucket] = new long[FIRST_CAPACITY];
            sources[bucket] = new int[FIRST_CAPACITY];
            months[bucket] = new int[FIRST_CAPACITY];
        } else if (size == attributes[bucket].length) {
            int capacity = size + (size >> 1);
            attributes[bucket] = Arrays.copyOf(attributes[bucket], capacity);
            sources[bucket] = Arrays.copyOf(sources[bucket], capacity);
            months[bucket] = Arrays.copyOf(months[bucket], capacity);
        }
        attributes[bucket][size] = packed;
        sources[bucket][size] = source;
        months[bucket][size] = month;
        sizes[bucket] = size + 1;
    }

    int buckets() {
        return sizes.length;
    }

    int size(int bucket) {
        return sizes[bucket];
    }

    long[] attributes(int bucket) {
        return attributes[bucket];
    }

    int[] sources(int bucket) {
        return sources[bucket];
    }

    int[] months(int bucket) {
        return months[bucket];
    }
}
