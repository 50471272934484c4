package se.kunskapsnav.reach;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.BitSet;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.function.IntFunction;

/**
 * Computes a report's figures from the summary in memory, in two passes. The first reads the facts source by
 * source and counts everything but distinct persons; it sets aside each fact that names a person, sorted into
 * buckets of person numbers ({@link PersonFacts}). The second counts distinct persons bucket by bucket, so the
 * bits that tell who was already counted for a profession, a month or a municipality stay small enough for the
 * processor's cache: a report over a million facts then costs a few hundred milliseconds instead of seconds of
 * hash-set lookups. Each count of persons or participations also sums the record keys of what it counted, its
 * cell key ({@link Count}), from which {@link Figure} makes the figure the public sees. Plain Java: the rules of
 * counting are unit-tested on hand-computed facts (ReachCalculatorTest), the keys against plain sums
 * (ReachCountingTest).
 */
public final class ReachCalculator {

    private static final Set<String> PLACE_TYPES = Set.of("MUNICIPALITY", "CITY_DISTRICT", "REGION");
    private static final int FIRST_YEAR = 1990;
    private static final Outcome[] OUTCOMES = Outcome.values();
    private static final int REGISTERED = 0;
    private static final int ATTENDED = 1;
    // where pack() puts each attribute: 12 bits each after the person's 12 low bits and the outcome's 3
    private static final int OUTCOME_SHIFT = Tally.BUCKET_BITS;
    private static final int MUNICIPALITY_SHIFT = OUTCOME_SHIFT + 3;
    private static final int PROFESSION_SHIFT = MUNICIPALITY_SHIFT + 12;
    private static final int SECTOR_SHIFT = PROFESSION_SHIFT + 12;
    private static final int TYPE_SHIFT = SECTOR_SHIFT + 12;
    private static final long FIELD_MASK = (1 << 12) - 1;

    private final ReachFacts facts;
    private final Map<String, MunicipalityFacts> municipalityFacts;

    public ReachCalculator(ReachFacts facts, Map<String, MunicipalityFacts> municipalityFacts) {
        this.facts = facts;
        this.municipalityFacts = municipalityFacts;
    }

    public ReachTotals calculate(ReachQuery query) {
        // the sources as they are now; whatever they hold was numbered before they were added, so below these sizes
        ReachFacts.Source[] sources = facts.sources().toArray(new ReachFacts.Source[0]);
        int personSpace = facts.persons.size();
        // read after the sources: it holds the key of every person numbered before them
        int[] personKeys = facts.personKeys();
        int municipalitySpace = facts.municipalities.size();
        int organisationSpace = facts.organisations.size();
        int[] sourcesOfActivity = new int[facts.activityKeys.size()];
        for (ReachFacts.Source source : sources) {
            sourcesOfActivity[source.activity.index()]++;
        }
        for (int space : new int[] {municipalitySpace, facts.professions.size(), facts.sectors.size(),
                facts.organisationTypes.size()}) {
            if (space > FIELD_MASK) {
                throw new IllegalStateException("more codes in a dimension than a report can pack: " + space);
            }
        }
        int from = (int) query.from().toEpochDay();
        int to = (int) query.to().toEpochDay();
        BitSet professions = numbered(query.professions(), facts.professions);
        BitSet organisationTypes = numbered(query.organisationTypes(), facts.organisationTypes);
        int[] typeOf = organisationTypes();
        boolean[] placeType = placeTypes();
        Codes<String> groups = new Codes<>();
        int[] groupOf = municipalityAttribute(code -> municipalityFacts.get(code) == null ? null
                : municipalityFacts.get(code).skrGroup(), groups);
        Codes<String> bands = new Codes<>();
        int[] bandOf = municipalityAttribute(code -> {
            MunicipalityFacts known = municipalityFacts.get(code);
            return known == null || known.population() == null ? null : PopulationBand.of(known.population()).name();
        }, bands);
        Codes<String> counties = new Codes<>();
        Codes<String> themes = new Codes<>();
        Codes<String> kinds = new Codes<>();
        Codes<String> seriesCodes = new Codes<>();

        Tally everyone = new Tally(true, true, municipalitySpace, organisationSpace); // value 0 only
        Map<Dimension, Tally> tallies = new EnumMap<>(Dimension.class);
        for (Dimension dimension : Dimension.values()) {
            if (dimension != Dimension.ACTIVITY) {
                boolean places = dimension == Dimension.THEME || dimension == Dimension.KIND
                        || dimension == Dimension.COUNTY || dimension == Dimension.SERIES;
                tallies.put(dimension, new Tally(places, dimension == Dimension.ORGANISATION_TYPE, municipalitySpace,
                        organisationSpace));
            }
        }
        ActivityTally byActivity = new ActivityTally(sourcesOfActivity.length, personSpace, municipalitySpace);
        ActivityTally registeredByActivity = new ActivityTally(sourcesOfActivity.length, personSpace,
                municipalitySpace);
        Tally courseOutcomes = new Tally(false, false, 0, 0);
        Tally webCourse = new Tally(false, false, 0, 0);
        BitSet regionsReached = new BitSet();
        BitSet otherOrganisations = new BitSet();
        Tally byCounty = tallies.get(Dimension.COUNTY);
        Tally byProfession = tallies.get(Dimension.PROFESSION);
        Tally bySector = tallies.get(Dimension.SECTOR);
        Tally byOrganisationType = tallies.get(Dimension.ORGANISATION_TYPE);
        Tally byMunicipality = tallies.get(Dimension.MUNICIPALITY);
        Tally byGroup = tallies.get(Dimension.MUNICIPALITY_GROUP);
        Tally byBand = tallies.get(Dimension.POPULATION_BAND);
        Tally byMonth = tallies.get(Dimension.MONTH);
        Tally byKind = tallies.get(Dimension.KIND);
        Tally byTheme = tallies.get(Dimension.THEME);
        Tally bySeries = tallies.get(Dimension.SERIES);
        // the activity each number last came with, as the facts name it (several sources may carry one activity)
        ReachActivity[] matchedActivities = new ReachActivity[sourcesOfActivity.length];
        // what the query makes of each activity, kept while the sources carry an activity alike
        Numbered[] numberedActivities = new Numbered[sourcesOfActivity.length];
        // and of each source that matched, by its place among them, for the second pass
        int matchedSources = 0;
        Numbered[] numberedSources = new Numbered[sources.length];
        PersonFacts personFacts = new PersonFacts(personSpace);

        // First pass, source by source: everything but telling persons apart, and the facts that name a person.
        for (ReachFacts.Source source : sources) {
            ReachActivity activity = source.activity;
            int activityIndex = activity.index();
            Numbered numbered = numberedActivities[activityIndex];
            if (numbered == null || !numbered.describes(activity)) {
                numbered = query.matches(activity)
                        ? new Numbered(activity, true, ReachActivity.COURSE.equals(activity.activityType()),
                        kinds.number(activity.kindCode()), numbers(activity.counties(), query.counties(), counties),
                        numbers(activity.themes(), query.themes(), themes),
                        activity.series() == null ? Codes.NONE : seriesCodes.number(activity.series()))
                        : new Numbered(activity, false, false, Codes.NONE, null, null, Codes.NONE);
                numberedActivities[activityIndex] = numbered;
            }
            if (!numbered.matches()) {
                continue;
            }
            boolean shared = sourcesOfActivity[activityIndex] > 1;
            byActivity.source(activityIndex, shared);
            registeredByActivity.source(activityIndex, shared);
            int kind = numbered.kind();
            boolean course = numbered.course();
            int sourceNumber = matchedSources++;
            numberedSources[sourceNumber] = numbered;
            boolean matched = false;
            int monthDay = Integer.MIN_VALUE;
            int month = 0;
            for (int i = 0; i < source.size(); i++) {
                int day = source.day[i];
                if (day < from || day > to
                        || (professions != null && (source.profession[i] == Codes.NONE
                        || !professions.get(source.profession[i])))) {
                    continue;
                }
                int organisation = source.organisation[i];
                int type = organisation == Codes.NONE || organisation >= typeOf.length ? Codes.NONE : typeOf[organisation];
                if (organisationTypes != null && (type == Codes.NONE || !organisationTypes.get(type))) {
                    continue;
                }
                matched = true;
                int outcomeNumber = source.outcome[i];
                Outcome outcome = OUTCOMES[outcomeNumber];
                int person = source.person[i];
                boolean personless = person == Codes.NONE;
                int count = source.count[i];
                int key = source.key[i];
                int municipality = source.municipality[i];
                boolean registration = course && outcome != Outcome.COMPLETED && outcome != Outcome.ENROLLED;
                boolean webCourseOutcome = outcome == Outcome.ENROLLED || outcome == Outcome.COMPLETED;
                if (registration) {
                    registeredByActivity.add(person, count, key, Codes.NONE);
                    courseOutcomes.add(REGISTERED, personless, count, key, Codes.NONE, Codes.NONE);
                    if (outcome == Outcome.ATTENDED) {
                        courseOutcomes.add(ATTENDED, personless, count, key, Codes.NONE, Codes.NONE);
                    }
                }
                if (webCourseOutcome) {
                    webCourse.add(outcome.ordinal(), personless, count, key, Codes.NONE, Codes.NONE);
                }
                if (day != monthDay) { // a source's facts mostly share their day
                    monthDay = day;
                    month = month(day);
                }
                if (!personless && (registration || webCourseOutcome || outcome.reached())) {
                    personFacts.add(person, pack(person, outcomeNumber, municipality, source.profession[i],
                            source.sector[i], type), sourceNumber, month);
                }
                if (!outcome.reached()) {
                    continue;
                }
                everyone.add(0, personless, count, key, municipality, organisation);
                if (type != Codes.NONE && !placeType[type]) {
                    otherOrganisations.set(organisation);
                }
                if (source.region[i] != Codes.NONE) {
                    regionsReached.set(source.region[i]);
                }
                // value 0 of a breakdown is "not known": codes are shifted by one
                byProfession.add(source.profession[i] + 1, personless, count, key, municipality, organisation);
                bySector.add(source.sector[i] + 1, personless, count, key, municipality, organisation);
                byOrganisationType.add(type + 1, personless, count, key, municipality, organisation);
                byMunicipality.add(municipality + 1, personless, count, key, municipality, organisation);
                byGroup.add(attribute(groupOf, municipality) + 1, personless, count, key, municipality,
                        organisation);
                byBand.add(attribute(bandOf, municipality) + 1, personless, count, key, municipality, organisation);
                byMonth.add(month, personless, count, key, municipality, organisation);
                byKind.add(kind, personless, count, key, municipality, organisation);
                if (numbered.series() != Codes.NONE) {
                    bySeries.add(numbered.series(), personless, count, key, municipality, organisation);
                }
                byActivity.add(person, count, key, municipality);
                for (int county : numbered.counties()) {
                    byCounty.add(county, personless, count, key, municipality, organisation);
                }
                for (int theme : numbered.themes()) {
                    byTheme.add(theme, personless, count, key, municipality, organisation);
                }
            }
            if (matched) {
                matchedActivities[activityIndex] = activity;
            }
        }

        // Second pass, bucket by bucket of person numbers: the distinct persons of every breakdown.
        List<Tally> personTallies = List.of(everyone, courseOutcomes, webCourse, byCounty, byProfession, bySector,
                byOrganisationType, byMunicipality, byGroup, byBand, byMonth, byKind, byTheme, bySeries);
        for (int bucket = 0; bucket < personFacts.buckets(); bucket++) {
            long[] attributes = personFacts.attributes(bucket);
            int[] sourceNumbers = personFacts.sources(bucket);
            int[] months = personFacts.months(bucket);
            int firstPerson = bucket << Tally.BUCKET_BITS;
            for (int f = 0; f < personFacts.size(bucket); f++) {
                long packed = attributes[f];
                int person = (int) (packed & (Tally.BUCKET - 1));
                int key = personKeys[firstPerson | person];
                Outcome outcome = OUTCOMES[(int) (packed >>> OUTCOME_SHIFT) & 7];
                Numbered numbered = numberedSources[sourceNumbers[f]];
                if (numbered.course() && outcome != Outcome.COMPLETED && outcome != Outcome.ENROLLED) {
                    courseOutcomes.addPerson(REGISTERED, person, key);
                    if (outcome == Outcome.ATTENDED) {
                        courseOutcomes.addPerson(ATTENDED, person, key);
                    }
                }
                if (outcome == Outcome.ENROLLED || outcome == Outcome.COMPLETED) {
                    webCourse.addPerson(outcome.ordinal(), person, key);
                }
                if (!outcome.reached()) {
                    continue;
                }
                int municipality = field(packed, MUNICIPALITY_SHIFT);
                everyone.addPerson(0, person, key);
                byProfession.addPerson(field(packed, PROFESSION_SHIFT) + 1, person, key);
                bySector.addPerson(field(packed, SECTOR_SHIFT) + 1, person, key);
                byOrganisationType.addPerson(field(packed, TYPE_SHIFT) + 1, person, key);
                byMunicipality.addPerson(municipality + 1, person, key);
                byGroup.addPerson(attribute(groupOf, municipality) + 1, person, key);
                byBand.addPerson(attribute(bandOf, municipality) + 1, person, key);
                byMonth.addPerson(months[f], person, key);
                byKind.addPerson(numbered.kind(), person, key);
                if (numbered.series() != Codes.NONE) {
                    bySeries.addPerson(numbered.series(), person, key);
                }
                for (int county : numbered.counties()) {
                    byCounty.addPerson(county, person, key);
                }
                for (int theme : numbered.themes()) {
                    byTheme.addPerson(theme, person, key);
                }
            }
            personTallies.forEach(Tally::nextBucket);
        }

        Map<String, ReachActivity> activities = new HashMap<>();
        for (ReachActivity activity : matchedActivities) {
            if (activity != null) {
                activities.put(facts.activityKeys.value(activity.index()), activity);
            }
        }
        List<Tally.Line> activityLines = byActivity.lines();

        Map<Dimension, List<ReachTotals.Line>> breakdowns = new EnumMap<>(Dimension.class);
        breakdowns.put(Dimension.COUNTY, lines(tallies.get(Dimension.COUNTY), counties::value));
        breakdowns.put(Dimension.PROFESSION, lines(tallies.get(Dimension.PROFESSION), v -> code(facts.professions, v - 1)));
        breakdowns.put(Dimension.SECTOR, lines(tallies.get(Dimension.SECTOR), v -> code(facts.sectors, v - 1)));
        breakdowns.put(Dimension.ORGANISATION_TYPE,
                lines(tallies.get(Dimension.ORGANISATION_TYPE), v -> code(facts.organisationTypes, v - 1)));
        breakdowns.put(Dimension.MUNICIPALITY,
                lines(tallies.get(Dimension.MUNICIPALITY), v -> code(facts.municipalities, v - 1)));
        breakdowns.put(Dimension.MUNICIPALITY_GROUP, lines(tallies.get(Dimension.MUNICIPALITY_GROUP), v -> code(groups, v - 1)));
        breakdowns.put(Dimension.POPULATION_BAND, lines(tallies.get(Dimension.POPULATION_BAND), v -> code(bands, v - 1)));
        breakdowns.put(Dimension.MONTH, lines(tallies.get(Dimension.MONTH),
                v -> YearMonth.of(FIRST_YEAR + v / 12, v % 12 + 1).toString()));
        breakdowns.put(Dimension.THEME, lines(tallies.get(Dimension.THEME), themes::value));
        breakdowns.put(Dimension.KIND, lines(tallies.get(Dimension.KIND), kinds::value));
        breakdowns.put(Dimension.SERIES, lines(bySeries, seriesCodes::value));
        breakdowns.put(Dimension.ACTIVITY, lines(activityLines, facts.activityKeys::value));

        Map<String, Count> registered = new HashMap<>();
        for (Tally.Line line : registeredByActivity.lines()) {
            registered.put(facts.activityKeys.value(line.value()), line.persons());
        }
        Tally.Line all = single(everyone, 0);
        Set<String> reachedCodes = new HashSet<>();
        for (ReachTotals.Line line : breakdowns.get(Dimension.MUNICIPALITY)) {
            if (line.key() != null) {
                reachedCodes.add(line.key());
            }
        }
        long inScope = municipalityFacts.values().stream()
                .filter(m -> query.wholeCountry() || query.counties().contains(m.countyCode())).count();
        long scopeReached = reachedCodes.stream().map(municipalityFacts::get)
                .filter(m -> m != null && (query.wholeCountry() || query.counties().contains(m.countyCode()))).count();
        return new ReachTotals(all.persons(), all.participations(), activityLines.size(),
                reachedCodes.size(), inScope, scopeReached, regionsReached.cardinality(), all.organisations(),
                otherOrganisations.cardinality(), single(courseOutcomes, REGISTERED).persons(),
                single(courseOutcomes, ATTENDED).persons(),
                single(webCourse, Outcome.ENROLLED.ordinal()).persons(),
                single(webCourse, Outcome.COMPLETED.ordinal()).persons(), breakdowns, activities,
                registered, reachedCodes);
    }

    /**
     * What a report makes of an activity: whether the query takes it and, when it does, whether it is a course,
     * and its kind, counties, themes and series numbered (only those the query asked for when it asked). Sources
     * of one activity share it while they describe the activity alike (the web course's individual track has one
     * source per enrolment).
     */
    private record Numbered(ReachActivity activity, boolean matches, boolean course, int kind, int[] counties,
                            int[] themes, int series) {

        boolean describes(ReachActivity other) {
            return other == activity || (other.activityType().equals(activity.activityType())
                    && other.kindCode().equals(activity.kindCode()) && other.counties().equals(activity.counties())
                    && other.themes().equals(activity.themes())
                    && Objects.equals(other.series(), activity.series()));
        }
    }

    /**
     * What the second pass needs of a fact with a person, in one long: the person number's low bits, the outcome,
     * and municipality, profession, sector and organisation type, each shifted by one (0 for none).
     */
    private static long pack(int person, int outcome, int municipality, int profession, int sector, int type) {
        return (person & (Tally.BUCKET - 1)) | (long) outcome << OUTCOME_SHIFT
                | (long) (municipality + 1) << MUNICIPALITY_SHIFT | (long) (profession + 1) << PROFESSION_SHIFT
                | (long) (sector + 1) << SECTOR_SHIFT | (long) (type + 1) << TYPE_SHIFT;
    }

    /** A packed code, {@link Codes#NONE} when there was none. */
    private static int field(long packed, int shift) {
        return (int) (packed >>> shift & FIELD_MASK) - 1;
    }

    /** The group or band of a numbered municipality, {@link Codes#NONE} when not known. */
    private static int attribute(int[] of, int municipality) {
        return municipality == Codes.NONE || municipality >= of.length ? Codes.NONE : of[municipality];
    }

    private static int month(int epochDay) {
        LocalDate day = LocalDate.ofEpochDay(epochDay);
        return Math.max(0, (day.getYear() - FIRST_YEAR) * 12 + day.getMonthValue() - 1);
    }

    private static BitSet numbered(Set<String> values, Codes<String> codes) {
        if (values.isEmpty()) {
            return null;
        }
        BitSet numbers = new BitSet();
        for (String value : values) {
            int number = codes.find(value);
            if (number != Codes.NONE) {
                numbers.set(number);
            }
        }
        return numbers;
    }

    /** The numbers of an activity's counties or themes, only those the query asked for when it asked. */
    private static int[] numbers(Set<String> values, Set<String> asked, Codes<String> codes) {
        return values.stream().filter(v -> asked.isEmpty() || asked.contains(v)).mapToInt(codes::number).toArray();
    }

    private int[] organisationTypes() {
        int[] typeOf = new int[facts.organisations.size()];
        for (int organisation = 0; organisation < typeOf.length; organisation++) {
            typeOf[organisation] = facts.organisationType(organisation);
        }
        return typeOf;
    }

    /** Whether each numbered organisation type is a place (municipality, city district, region). */
    private boolean[] placeTypes() {
        boolean[] place = new boolean[facts.organisationTypes.size()];
        for (int type = 0; type < place.length; type++) {
            place[type] = PLACE_TYPES.contains(facts.organisationTypes.value(type));
        }
        return place;
    }

    /** Numbers an attribute of each numbered municipality (its group, its band). */
    private int[] municipalityAttribute(Function<String, String> attribute, Codes<String> codes) {
        int[] of = new int[facts.municipalities.size()];
        for (int municipality = 0; municipality < of.length; municipality++) {
            of[municipality] = codes.number(attribute.apply(facts.municipalities.value(municipality)));
        }
        return of;
    }

    private static String code(Codes<?> codes, int number) {
        return number == Codes.NONE ? null : String.valueOf(codes.value(number));
    }

    private static List<ReachTotals.Line> lines(Tally tally, IntFunction<String> key) {
        return lines(tally.lines(), key);
    }

    private static List<ReachTotals.Line> lines(List<Tally.Line> lines, IntFunction<String> key) {
        return lines.stream()
                .map(l -> new ReachTotals.Line(key.apply(l.value()), l.persons(), l.participations(),
                        l.municipalities(), l.organisations()))
                .toList();
    }

    private static Tally.Line single(Tally tally, int value) {
        return tally.lines().stream().filter(l -> l.value() == value).findFirst()
                .orElse(new Tally.Line(value, Count.ZERO, Count.ZERO, 0, 0));
    }
}
