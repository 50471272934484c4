package se.kunskapsnav.reach;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.BitSet;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.IntFunction;

/**
 * Computes a report's figures in one pass over the summary in memory. Plain Java: the rules of counting are
 * unit-tested on hand-computed facts (ReachCalculatorTest).
 */
public final class ReachCalculator {

    private static final Set<String> PLACE_TYPES = Set.of("MUNICIPALITY", "CITY_DISTRICT", "REGION");
    private static final int FIRST_YEAR = 1990;
    private static final Outcome[] OUTCOMES = Outcome.values();
    private static final int REGISTERED = 0;
    private static final int ATTENDED = 1;

    private final ReachFacts facts;
    private final Map<String, MunicipalityFacts> municipalityFacts;

    public ReachCalculator(ReachFacts facts, Map<String, MunicipalityFacts> municipalityFacts) {
        this.facts = facts;
        this.municipalityFacts = municipalityFacts;
    }

    public ReachTotals calculate(ReachQuery query) {
        int from = (int) query.from().toEpochDay();
        int to = (int) query.to().toEpochDay();
        BitSet professions = numbered(query.professions(), facts.professions);
        BitSet organisationTypes = numbered(query.organisationTypes(), facts.organisationTypes);
        int[] typeOf = organisationTypes();
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

        Tally everyone = new Tally(1 << 16, true, true); // value 0 only
        Map<Dimension, Tally> tallies = new EnumMap<>(Dimension.class);
        for (Dimension dimension : Dimension.values()) {
            boolean places = dimension == Dimension.ACTIVITY || dimension == Dimension.THEME
                    || dimension == Dimension.KIND || dimension == Dimension.COUNTY;
            tallies.put(dimension, new Tally(1 << 12, places, dimension == Dimension.ORGANISATION_TYPE));
        }
        Tally registeredByActivity = new Tally(1 << 10, false, false);
        Tally courseOutcomes = new Tally(1 << 10, false, false);
        Tally webCourse = new Tally(1 << 10, false, false);
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
        Tally byActivity = tallies.get(Dimension.ACTIVITY);
        Tally byTheme = tallies.get(Dimension.THEME);
        Map<String, ReachActivity> activities = new HashMap<>();

        for (ReachFacts.Source source : facts.sources()) {
            ReachActivity activity = source.activity;
            if (!query.matches(activity)) {
                continue;
            }
            int activityIndex = activity.index();
            int kind = kinds.number(activity.kindCode());
            int[] activityCounties = numbers(activity.counties(), query.counties(), counties);
            int[] activityThemes = numbers(activity.themes(), query.themes(), themes);
            boolean course = ReachActivity.COURSE.equals(activity.activityType());
            boolean matched = false;
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
                Outcome outcome = OUTCOMES[source.outcome[i]];
                int person = source.person[i];
                int count = source.count[i];
                int municipality = source.municipality[i];
                if (course && outcome != Outcome.COMPLETED && outcome != Outcome.ENROLLED) {
                    registeredByActivity.add(activityIndex, person, count, Codes.NONE, Codes.NONE);
                    courseOutcomes.add(REGISTERED, person, count, Codes.NONE, Codes.NONE);
                    if (outcome == Outcome.ATTENDED) {
                        courseOutcomes.add(ATTENDED, person, count, Codes.NONE, Codes.NONE);
                    }
                }
                if (outcome == Outcome.ENROLLED || outcome == Outcome.COMPLETED) {
                    webCourse.add(outcome.ordinal(), person, count, Codes.NONE, Codes.NONE);
                }
                if (!outcome.reached()) {
                    continue;
                }
                everyone.add(0, person, count, municipality, organisation);
                if (type != Codes.NONE && !PLACE_TYPES.contains(facts.organisationTypes.value(type))) {
                    otherOrganisations.set(organisation);
                }
                if (source.region[i] != Codes.NONE) {
                    regionsReached.set(source.region[i]);
                }
                // value 0 of a breakdown is "not known": codes are shifted by one
                byProfession.add(source.profession[i] + 1, person, count, municipality, organisation);
                bySector.add(source.sector[i] + 1, person, count, municipality, organisation);
                byOrganisationType.add(type + 1, person, count, municipality, organisation);
                byMunicipality.add(municipality + 1, person, count, municipality, organisation);
                int group = municipality == Codes.NONE || municipality >= groupOf.length ? Codes.NONE : groupOf[municipality];
                byGroup.add(group + 1, person, count, municipality, organisation);
                int band = municipality == Codes.NONE || municipality >= bandOf.length ? Codes.NONE : bandOf[municipality];
                byBand.add(band + 1, person, count, municipality, organisation);
                byMonth.add(month(day), person, count, municipality, organisation);
                byKind.add(kind, person, count, municipality, organisation);
                byActivity.add(activityIndex, person, count, municipality, organisation);
                for (int county : activityCounties) {
                    byCounty.add(county, person, count, municipality, organisation);
                }
                for (int theme : activityThemes) {
                    byTheme.add(theme, person, count, municipality, organisation);
                }
            }
            if (matched) {
                activities.put(facts.activityKeys.value(activityIndex), activity);
            }
        }

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
        breakdowns.put(Dimension.ACTIVITY, lines(tallies.get(Dimension.ACTIVITY), facts.activityKeys::value));

        Map<String, Long> registered = new HashMap<>();
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
        return new ReachTotals(all.persons(), all.participations(), tallies.get(Dimension.ACTIVITY).lines().size(),
                reachedCodes.size(), inScope, scopeReached, regionsReached.cardinality(), all.organisations(),
                otherOrganisations.cardinality(), single(courseOutcomes, REGISTERED).persons(),
                single(courseOutcomes, ATTENDED).persons(),
                single(webCourse, Outcome.ENROLLED.ordinal()).persons(),
                single(webCourse, Outcome.COMPLETED.ordinal()).persons(), breakdowns, activities,
                registered, reachedCodes);
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
        return tally.lines().stream()
                .map(l -> new ReachTotals.Line(key.apply(l.value()), l.persons(), l.participations(),
                        l.municipalities(), l.organisations()))
                .toList();
    }

    private static Tally.Line single(Tally tally, int value) {
        return tally.lines().stream().filter(l -> l.value() == value).findFirst()
                .orElse(new Tally.Line(value, 0, 0, 0, 0));
    }
}
