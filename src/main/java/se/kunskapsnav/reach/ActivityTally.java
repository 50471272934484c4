package se.kunskapsnav.reach;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Counts per activity, of which there are tens of thousands: participations and distinct persons (each with its cell
 * key) and distinct municipalities. Most activities have all their facts in one source (a course, a meeting), and the
 * calculator reads a source's facts together: for those, a stamp per person and municipality number (the source's
 * turn) tells whether it was counted already. An activity fed by several sources (a study group and its members'
 * enrolments, a county's individual track of the web course) remembers its pairs instead.
 */
final class ActivityTally {

    private final PairSet personPairs = new PairSet(1 << 12);
    private final PairSet municipalityPairs = new PairSet(1 << 10);
    private int[] personStamp;
    private int[] municipalityStamp;
    private int stamp;
    private int activity;
    private boolean shared;
    private long[] persons;
    private int[] personKeys;
    private long[] participations;
    private int[] participationKeys;
    private long[] municipalities;

    ActivityTally(int activitySpace, int personSpace, int municipalitySpace) {
        persons = new long[Math.max(activitySpace, 1)];
        personKeys = new int[persons.length];
        participations = new long[persons.length];
        participationKeys = new int[persons.length];
        municipalities = new long[persons.length];
        personStamp = new int[Math.max(personSpace, 1)];
        municipalityStamp = new int[Math.max(municipalitySpace, 1)];
    }

    /** The next facts are a source's of this activity; shared when other sources have facts of it too. */
    void source(int activity, boolean shared) {
        if (activity >= persons.length) {
            int length = Math.max(activity + 1, persons.length * 2);
            persons = Arrays.copyOf(persons, length);
            personKeys = Arrays.copyOf(personKeys, length);
            participations = Arrays.copyOf(participations, length);
            participationKeys = Arrays.copyOf(participationKeys, length);
            municipalities = Arrays.copyOf(municipalities, length);
        }
        this.activity = activity;
        this.shared = shared;
        stamp++;
    }

    /** A fact of the current source: its person (or none, for a counted group), their record key and place. */
    void add(int person, int count, int key, int municipality) {
        participations[activity] += count;
        participationKeys[activity] += key;
        if (person == Codes.NONE) {
            persons[activity] += count;
            personKeys[activity] += key;
        } else if (shared ? personPairs.add(activity, person) : firstInSource(person, true)) {
            persons[activity]++;
            personKeys[activity] += key;
        }
        if (municipality != Codes.NONE
                && (shared ? municipalityPairs.add(activity, municipality) : firstInSource(municipality, false))) {
            municipalities[activity]++;
        }
    }

    /** One line per activity with any participation, by activity number (no organisations counted). */
    List<Tally.Line> lines() {
        List<Tally.Line> lines = new ArrayList<>();
        for (int value = 0; value < persons.length; value++) {
            if (participations[value] > 0) {
                lines.add(new Tally.Line(value, new Count(persons[value], personKeys[value]),
                        new Count(participations[value], participationKeys[value]), municipalities[value], 0));
            }
        }
        return lines;
    }

    private boolean firstInSource(int member, boolean person) {
        int[] stamps = person ? personStamp : municipalityStamp;
        if (member >= stamps.length) {
            stamps = Arrays.copyOf(stamps, Math.max(member + 1, stamps.length * 2));
            if (person) {
                personStamp = stamps;
            } else {
                municipalityStamp = stamps;
            }
        }
        if (stamps[member] == stamp) {
            return false;
        }
        stamps[member] = stamp;
        return true;
    }
}
