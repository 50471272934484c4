package se.kunskapsnav.reach;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Counts per value of one dimension: participations, distinct persons (people without a key, the counted
 * ones, add their count), and optionally distinct municipalities and organisations.
 */
final class Tally {

    /** One value's counts. */
    record Line(int value, long persons, long participations, long municipalities, long organisations) {
    }

    private final PairSet personPairs;
    private final PairSet municipalityPairs;
    private final PairSet organisationPairs;
    private long[] persons = new long[16];
    private long[] participations = new long[16];
    private long[] municipalities;
    private long[] organisations;

    Tally(int expectedPairs, boolean countMunicipalities, boolean countOrganisations) {
        personPairs = new PairSet(expectedPairs);
        municipalityPairs = countMunicipalities ? new PairSet(1024) : null;
        organisationPairs = countOrganisations ? new PairSet(1024) : null;
        municipalities = countMunicipalities ? new long[16] : null;
        organisations = countOrganisations ? new long[16] : null;
    }

    void add(int value, int person, int count, int municipality, int organisation) {
        if (value >= persons.length) {
            grow(value);
        }
        participations[value] += count;
        if (person == Codes.NONE) {
            persons[value] += count;
        } else if (personPairs.add(value, person)) {
            persons[value]++;
        }
        if (municipalityPairs != null && municipality != Codes.NONE && municipalityPairs.add(value, municipality)) {
            municipalities[value]++;
        }
        if (organisationPairs != null && organisation != Codes.NONE && organisationPairs.add(value, organisation)) {
            organisations[value]++;
        }
    }

    List<Line> lines() {
        List<Line> lines = new ArrayList<>();
        for (int value = 0; value < persons.length; value++) {
            if (participations[value] > 0) {
                lines.add(new Line(value, persons[value], participations[value],
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
        if (municipalities != null) {
            municipalities = Arrays.copyOf(municipalities, length);
        }
        if (organisations != null) {
            organisations = Arrays.copyOf(organisations, length);
        }
    }
}
