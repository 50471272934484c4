package se.kunskapsnav.reach;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Counts per value of one dimension with few values (professions, municipalities, months …): participations, distinct
 * persons (people without a key, the counted ones, add their count), each with its cell key (the sum of the record
 * keys of what it counted), and optionally distinct municipalities and organisations. Distinct members are bits per
 * value. Persons, of whom there are hundreds of thousands, are told apart one bucket of {@link #BUCKET} person numbers
 * at a time ({@link PersonFacts}), so their bits stay a few kilobytes, in the processor's cache, however many facts a
 * report reads.
 */
final class Tally {

    /** Persons are counted a bucket at a time: person numbers that agree but for their lowest bits. */
    static final int BUCKET_BITS = 12;
    static final int BUCKET = 1 << BUCKET_BITS;

    /** One value's counts. */
    record Line(int value, Count persons, Count participations, long municipalities, long organisations) {
    }

    private final Seen personsSeen = new Seen(BUCKET);
    private final Seen municipalitiesSeen;
    private final Seen organisationsSeen;
    private long[] persons = new long[16];
    private long[] participations = new long[16];
    private int[] personKeys = new int[16];
    private int[] participationKeys = new int[16];
    private long[] municipalities;
    private long[] organisations;

    /**
     * @param municipalitySpace how many municipality numbers there are (a number beyond still works, at the cost
     *                          of growing a set); likewise organisationSpace
     */
    Tally(boolean countMunicipalities, boolean countOrganisations, int municipalitySpace, int organisationSpace) {
        municipalitiesSeen = countMunicipalities ? new Seen(municipalitySpace) : null;
        organisationsSeen = countOrganisations ? new Seen(organisationSpace) : null;
        municipalities = countMunicipalities ? new long[16] : null;
        organisations = countOrganisations ? new long[16] : null;
    }

    /**
     * A fact of the value with its record key: its participations, municipality and organisation, and for a
     * fact without a person its count as persons (a fact with a person is counted by {@link #addPerson}).
     */
    void add(int value, boolean personless, int count, int key, int municipality, int organisation) {
        if (value >= persons.length) {
            grow(value);
        }
        participations[value] += count;
        participationKeys[value] += key;
        if (personless) {
            persons[value] += count;
            personKeys[value] += key;
        }
        if (municipalitiesSeen != null && municipality != Codes.NONE && municipalitiesSeen.add(value, municipality)) {
            municipalities[value]++;
        }
        if (organisationsSeen != null && organisation != Codes.NONE && organisationsSeen.add(value, organisation)) {
            organisations[value]++;
        }
    }

    /**
     * A person of the current bucket ({@code person} is their number's lowest bits, {@code key} their record key)
     * with a fact of the value.
     */
    void addPerson(int value, int person, int key) {
        if (value >= persons.length) {
            grow(value);
        }
        if (personsSeen.add(value, person)) {
            persons[value]++;
            personKeys[value] += key;
        }
    }

    /** The persons to come are of the next bucket: who was counted so far no longer matters. */
    void nextBucket() {
        personsSeen.clear();
    }

    List<Line> lines() {
        List<Line> lines = new ArrayList<>();
        for (int value = 0; value < persons.length; value++) {
            if (participations[value] > 0) {
                lines.add(new Line(value, new Count(persons[value], personKeys[value]),
                        new Count(participations[value], participationKeys[value]),
                        municipalities == null ? 0 : municipalities[value],
                        organisations == null ? 0 : organisations[value]));
            }
        }
        return lines;
    }

    private void grow(int value) {
        int length = Math.max(value + 1, persons.length * 2);
        persons = Arrays.copyOf(persons, length);
        participations = Arrays.copyOf(participations, length);
        personKeys = Arrays.copyOf(personKeys, length);
        participationKeys = Arrays.copyOf(participationKeys, length);
        if (municipalities != null) {
            municipalities = Arrays.copyOf(municipalities, length);
        }
        if (organisations != null) {
            organisations = Arrays.copyOf(organisations, length);
        }
    }

    /** The members counted per value: a bit set per value, made at the value's first member. */
    private static final class Seen {

        private final int words;
        private long[][] bits = new long[16][];

        Seen(int space) {
            words = (Math.max(space, 1) + 63) >>> 6;
        }

        /** Whether the member is new for the value (then it is marked). Members are zero or more. */
        boolean add(int value, int member) {
            if (value >= bits.length) {
                bits = Arrays.copyOf(bits, Math.max(value + 1, bits.length * 2));
            }
            long[] set = bits[value];
            int word = member >>> 6;
            if (set == null || word >= set.length) {
                set = set == null ? new long[Math.max(words, word + 1)] : Arrays.copyOf(set, word + 1);
                bits[value] = set;
            }
            long mask = 1L << member;
            if ((set[word] & mask) != 0) {
                return false;
            }
            set[word] |= mask;
            return true;
        }

        void clear() {
            for (long[] set : bits) {
                if (set != null) {
                    Arrays.fill(set, 0);
                }
            }
        }
    }
}
