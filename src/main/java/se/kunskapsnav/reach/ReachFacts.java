package se.kunskapsnav.reach;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The summary in memory: each source's facts (one course, meeting, visit, enrolment …) as columns of ints,
 * numbered through {@link Codes}, so a report over a million facts is one pass over arrays. A source is
 * replaced whole when it changes; a report running meanwhile sees either its old or its new facts.
 */
public final class ReachFacts {

    private static final Outcome[] OUTCOMES = Outcome.values();

    final Codes<String> municipalities = new Codes<>();
    final Codes<String> regions = new Codes<>();
    final Codes<Long> organisations = new Codes<>();
    final Codes<String> organisationTypes = new Codes<>();
    final Codes<String> professions = new Codes<>();
    final Codes<String> sectors = new Codes<>();
    final Codes<String> activityKeys = new Codes<>();
    /** Person ids numbered densely, so a report can keep one bit per person. */
    final IntCodes persons = new IntCodes();
    private final RecordKeys recordKeys;
    /** Each numbered person's record key, made once: a person's key costs an HMAC. */
    private volatile int[] personKeys = new int[1024];
    private int keyedPersons;
    /** The type of each numbered organisation (by organisation number). */
    private final Map<Integer, Integer> organisationTypeOf = new ConcurrentHashMap<>();
    private final Map<String, Source> sources = new ConcurrentHashMap<>();

    /** One source's facts, column by column; a person is their number in {@link #persons}. */
    static final class Source {
        final ReachActivity activity;
        final int[] day;
        final byte[] outcome;
        final int[] person;
        final int[] organisation;
        final int[] municipality;
        final int[] region;
        final int[] profession;
        final int[] sector;
        final int[] count;
        /** The record key of the fact's person, or of its counted group. */
        final int[] key;

        Source(ReachActivity activity, int size) {
            this.activity = activity;
            day = new int[size];
            outcome = new byte[size];
            person = new int[size];
            organisation = new int[size];
            municipality = new int[size];
            region = new int[size];
            profession = new int[size];
            sector = new int[size];
            count = new int[size];
            key = new int[size];
        }

        int size() {
            return day.length;
        }
    }

    ReachFacts(RecordKeys recordKeys) {
        this.recordKeys = recordKeys;
    }

    /** The stable number of an activity, the same after its facts are replaced. */
    int activityIndex(String activityType, Long activityId, String countyCode) {
        return activityKeys.number(ReachActivity.key(activityType, activityId, countyCode));
    }

    /** Replaces a source's facts (an empty list removes the source); the loader calls it from one thread. */
    void replace(String source, ReachActivity activity, List<ReachFact> facts) {
        if (facts.isEmpty()) {
            sources.remove(source);
            return;
        }
        Source columns = new Source(activity, facts.size());
        for (int i = 0; i < facts.size(); i++) {
            ReachFact fact = facts.get(i);
            columns.day[i] = (int) fact.occurredOn().toEpochDay();
            columns.outcome[i] = (byte) fact.outcome().ordinal();
            if (fact.personId() == null) {
                columns.person[i] = Codes.NONE;
                columns.key[i] = recordKeys.group(source, fact);
            } else {
                int person = persons.number(fact.personId());
                columns.person[i] = person;
                columns.key[i] = personKey(person, fact.personKey());
            }
            int organisation = organisations.number(fact.organisationId());
            if (organisation != Codes.NONE && fact.organisationType() != null) {
                organisationTypeOf.put(organisation, organisationTypes.number(fact.organisationType()));
            }
            columns.organisation[i] = organisation;
            columns.municipality[i] = municipalities.number(fact.municipalityCode());
            columns.region[i] = regions.number(fact.regionCode());
            columns.profession[i] = professions.number(fact.professionCode());
            columns.sector[i] = sectors.number(fact.sectorCode());
            columns.count[i] = fact.count();
        }
        sources.put(source, columns);
    }

    private int personKey(int person, String personKey) {
        int[] keys = personKeys;
        if (person >= keys.length) {
            keys = Arrays.copyOf(keys, Math.max(person + 1, keys.length * 2));
            personKeys = keys;
        }
        if (person >= keyedPersons) {
            // persons are numbered 0, 1, 2 … as they come: a number not yet keyed is this one
            keys[person] = recordKeys.person(personKey);
            keyedPersons = person + 1;
        }
        return keys[person];
    }

    /**
     * Each numbered person's record key, by person number. The loader keys a person before it adds the source
     * that numbered them, and adds sources through a concurrent map, so whoever has read a source finds the key of
     * each of its persons here (a longer copy when more persons came since).
     */
    int[] personKeys() {
        return personKeys;
    }

    /**
     * What a source of counted groups (a municipal visit, a count-only activity) reached, with its cell key: the
     * same count and key as the report's row for the same groups. Only the groups from one municipality when
     * {@code municipalityCode} is given.
     */
    Count reachedGroups(String sourceKey, String municipalityCode) {
        Source source = sources.get(sourceKey);
        int municipality = municipalityCode == null ? Codes.NONE : municipalities.find(municipalityCode);
        if (source == null || (municipalityCode != null && municipality == Codes.NONE)) {
            return Count.ZERO;
        }
        long count = 0;
        int key = 0;
        for (int i = 0; i < source.size(); i++) {
            if (source.person[i] == Codes.NONE && OUTCOMES[source.outcome[i]].reached()
                    && (municipalityCode == null || source.municipality[i] == municipality)) {
                count += source.count[i];
                key += source.key[i];
            }
        }
        return new Count(count, key);
    }

    void remove(String source) {
        sources.remove(source);
    }

    void clear() {
        sources.clear();
    }

    Collection<Source> sources() {
        return sources.values();
    }

    int organisationType(int organisation) {
        return organisationTypeOf.getOrDefault(organisation, Codes.NONE);
    }

    public int factCount() {
        return sources.values().stream().mapToInt(Source::size).sum();
    }
}
