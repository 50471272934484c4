package se.kunskapsnav.reach;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import se.kunskapsnav.geography.ClassificationService;
import se.kunskapsnav.geography.MunicipalityClassification;
import se.kunskapsnav.geography.MunicipalityGroup;
import se.kunskapsnav.platform.ChangeLogCache;
import se.kunskapsnav.platform.CountyScope;
import se.kunskapsnav.platform.Messages;
import se.kunskapsnav.platform.TenancyGuard;
import se.kunskapsnav.taxonomy.TaxonomyService;
import se.kunskapsnav.taxonomy.TermSet;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reach reports: figures from the summary in memory, with names, the standard sentence and shares of stored
 * totals. Anyone may read a report. Administrators and editors of every county in the scope see exact counts of
 * persons; everyone else sees each count as {@link Figure#of(Count, boolean)} publishes it (the cell key method,
 * docs/small-counts.md).
 */
@ApplicationScoped
public class ReachService {

    private static final Set<String> NAMED_KINDS = Set.of("county", "municipality", "profession", "sector", "term",
            "course_series");

    @PersistenceContext(unitName = "kunskapsnav")
    EntityManager em;

    @Inject
    ReachUpdater updater;

    @Inject
    TenancyGuard guard;

    @Inject
    TaxonomyService taxonomy;

    @Inject
    Denominators denominators;

    @Inject
    ClassificationService classifications;

    @Inject
    ChangeLogCache kept;

    /** The report as the current caller may see it. */
    public ReachReport report(ReachQuery query) {
        return report(query, readsExact(query));
    }

    /** Whether the current caller sees the counts of a report of {@code query} exact. */
    public boolean readsExact(ReachQuery query) {
        return mayReadExact(guard.scope(), query.counties());
    }

    /**
     * What the reports' figures are at ({@link ReachUpdater#figuresVersion}): a report made while this stayed the
     * same even number is the report of its query until the number moves.
     */
    public long figuresVersion() {
        return updater.figuresVersion();
    }

    /**
     * The change-log position the figures hold, -1 while they are being changed ({@link ReachUpdater#figuresPosition}):
     * what the tags of answers showing them carry ({@code platform.AnswerTags}).
     */
    public long figuresPosition() {
        return updater.figuresPosition();
    }

    /**
     * Whether a caller sees every count of a scope (counties; none is the whole country): administrators always,
     * editors for their own counties.
     */
    static boolean mayReadExact(CountyScope scope, Set<String> counties) {
        return scope.administrator() || (!counties.isEmpty() && scope.editorCounties().containsAll(counties));
    }

    /**
     * A municipal visit's attendance as the caller may see it: {@code recorded} (its counts as saved) for the
     * county's editors and administrators, else the figure reports publish for the same people. That figure is
     * read from the summary, which follows a change within about a second.
     */
    public Figure visitAttendance(long visitId, String countyCode, long recorded) {
        return attendance(new Source(SourceType.VISIT, visitId), countyCode, null, recorded);
    }

    /** A count-only activity's attendance, or that of the people from one municipality, likewise. */
    public Figure activityAttendance(long activityId, String countyCode, String municipalityCode, long recorded) {
        return attendance(new Source(SourceType.COUNTED, activityId), countyCode, municipalityCode, recorded);
    }

    private Figure attendance(Source source, String countyCode, String municipalityCode, long recorded) {
        if (mayReadExact(guard.scope(), Set.of(countyCode))) {
            return Figure.exact(recorded);
        }
        return Figure.of(updater.facts().reachedGroups(source.key(), municipalityCode), false);
    }

    /** Changes not yet in the figures (see {@link ReachUpdater#pendingChanges}); a report says so while any are. */
    public long pendingChanges() {
        return updater.pendingChanges();
    }

    public ReachReport report(ReachQuery query, boolean exact) {
        ReachLabels labels = labels();
        int year = query.to().getYear();
        MunicipalityClassification classification = classifications.forYear(year);
        Map<String, MunicipalityFacts> municipalityFacts = classified(labels.municipalityFacts(), classification);
        ReachCalculator calculator = new ReachCalculator(updater.facts(), municipalityFacts);
        ReachTotals totals = calculator.calculate(query);

        Map<Dimension, List<ReachReport.Row>> breakdowns = new EnumMap<>(Dimension.class);
        for (Dimension dimension : Dimension.values()) {
            if (dimension == Dimension.ACTIVITY) {
                continue;
            }
            Comparator<ReachReport.Row> order = switch (dimension) {
                case MONTH, MUNICIPALITY_GROUP, POPULATION_BAND -> Comparator.comparing(ReachReport.Row::key,
                        Comparator.nullsLast(Comparator.naturalOrder()));
                default -> Comparator.comparingLong((ReachReport.Row row) -> -row.persons().value())
                        .thenComparing(ReachReport.Row::label);
            };
            breakdowns.put(dimension, totals.breakdowns().get(dimension).stream()
                    .map(line -> new ReachReport.Row(line.key(), labels.label(dimension, line.key()),
                            Figure.of(line.persons(), exact), Figure.of(line.participations(), exact),
                            line.municipalities(), line.organisations()))
                    .sorted(order)
                    .toList());
        }

        Map<String, ReachTotals.Line> reachedByActivity = totals.breakdowns().get(Dimension.ACTIVITY).stream()
                .collect(Collectors.toMap(ReachTotals.Line::key, line -> line));
        List<ReachReport.ActivityRow> activityRows = new ArrayList<>();
        totals.activitiesByKey().forEach((key, activity) -> {
            ReachTotals.Line reached = reachedByActivity.getOrDefault(key,
                    new ReachTotals.Line(key, Count.ZERO, Count.ZERO, 0, 0));
            Count registered = totals.registeredByActivity().get(key);
            activityRows.add(new ReachReport.ActivityRow(key,
                    activity.title() != null ? activity.title() : labels.kind(activity.kindCode()),
                    labels.kind(activity.kindCode()), activity.heldOn(),
                    labels.counties().getOrDefault(activity.countyCode(), activity.countyCode()),
                    registered == null ? null : Figure.of(registered, exact), Figure.of(reached.persons(), exact),
                    reached.municipalities()));
        });
        activityRows.sort(Comparator.comparing(ReachReport.ActivityRow::heldOn,
                        Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(ReachReport.ActivityRow::title));

        Figure persons = Figure.of(totals.persons(), exact);
        String period = ReachWords.period(query);
        List<String> kindNames = query.kinds().stream().map(labels::kind).toList();
        String sentence = ReachWords.sentence(persons, totals.municipalitiesReached(), totals.regionsReached(),
                totals.otherOrganisations(), kindNames, totals.activities(), period);
        String scope = query.wholeCountry() ? Messages.get("reach.wholeCountry")
                : query.counties().stream().map(c -> labels.counties().getOrDefault(c, c)).sorted()
                .collect(Collectors.joining(", "));
        Figure municipalitiesReached = Figure.exact(totals.scopeMunicipalitiesReached());
        return new ReachReport(query, exact, scope, period, sentence, persons,
                Figure.of(totals.participations(), exact), totals.activities(), totals.municipalitiesReached(),
                totals.municipalitiesInScope(), totals.scopeMunicipalitiesReached(),
                municipalitiesReached.percentOf(totals.municipalitiesInScope()), totals.regionsReached(),
                totals.organisationsReached(), totals.otherOrganisations(), Figure.of(totals.registered(), exact),
                Figure.of(totals.attended(), exact), Figure.of(totals.enrolled(), exact),
                Figure.of(totals.completed(), exact), breakdowns, activityRows,
                shares(query, exact, calculator, labels), Coverage.of(year, classification, code -> {
                    MunicipalityFacts known = municipalityFacts.get(code);
                    return known != null && (query.wholeCountry() || query.counties().contains(known.countyCode()));
                }, totals.reachedMunicipalityCodes()));
    }

    /**
     * The municipalities with the group and population of the report's year where one was imported (the
     * breakdowns by group and band then use them), else as the reference data has them.
     */
    private static Map<String, MunicipalityFacts> classified(Map<String, MunicipalityFacts> reference,
                                                             MunicipalityClassification classification) {
        Map<String, MunicipalityFacts> facts = new HashMap<>(reference);
        facts.replaceAll((code, known) -> {
            MunicipalityGroup group = classification.groups().get(code);
            Integer population = classification.populations().get(code);
            return new MunicipalityFacts(known.countyCode(), group != null ? group.name() : known.skrGroup(),
                    population != null ? population : known.population());
        });
        return facts;
    }

    /** Reach against each stored total of the scope's counties in the period's years. */
    private List<ReachReport.Share> shares(ReachQuery query, boolean exact, ReachCalculator calculator,
                                           ReachLabels labels) {
        List<ReachReport.Share> shares = new ArrayList<>();
        for (Denominator denominator : denominators.within(query.counties(), query.from().getYear(),
                query.to().getYear())) {
            LocalDate first = LocalDate.of(denominator.year(), 1, 1);
            ReachQuery part = new ReachQuery(Set.of(denominator.countyCode()), first, first.plusYears(1).minusDays(1),
                    query.kinds(), query.themes(),
                    denominator.professionCode() == null ? Set.of() : Set.of(denominator.professionCode()),
                    denominator.organisationType() == null ? Set.of() : Set.of(denominator.organisationType()),
                    query.series());
            Figure reached = Figure.of(calculator.calculate(part).persons(), exact);
            shares.add(new ReachReport.Share(denominator.id(), labels.counties().getOrDefault(
                    denominator.countyCode(), denominator.countyCode()), denominator.year(), denominator.label(),
                    denominator.total(), reached, reached.percentOf(denominator.total())));
        }
        return shares;
    }

    /** Everything a report can be narrowed by, for forms: code to name, sorted by name. */
    public ReachOptions options() {
        ReachLabels labels = labels();
        Map<String, String> kinds = new LinkedHashMap<>(taxonomy.names(TermSet.COURSE_KIND));
        ReachLabels.OWN_KINDS.keySet().forEach(kind -> kinds.put(kind, labels.kind(kind)));
        return new ReachOptions(labels.counties(), kinds, labels.themes(), labels.professions(), labels.series());
    }

    /** The names, read again after reference data, a vocabulary or a course series changed on any instance. */
    private ReachLabels labels() {
        return kept.get("reach.labels", NAMED_KINDS, this::readLabels);
    }

    private ReachLabels readLabels() {
        Map<String, String> counties = names("SELECT code, name FROM county ORDER BY code");
        Map<String, String> municipalities = new HashMap<>();
        Map<String, MunicipalityFacts> municipalityFacts = new HashMap<>();
        for (Object row : em.createNativeQuery(
                "SELECT code, name, county_code, skr_group, population FROM municipality").getResultList()) {
            Object[] columns = (Object[]) row;
            String code = (String) columns[0];
            municipalities.put(code, (String) columns[1]);
            municipalityFacts.put(code, new MunicipalityFacts((String) columns[2], (String) columns[3],
                    columns[4] == null ? null : ((Number) columns[4]).intValue()));
        }
        return new ReachLabels(counties, municipalities, municipalityFacts,
                names("SELECT code, name FROM profession ORDER BY name"),
                names("SELECT code, name FROM sector ORDER BY name"), taxonomy.names(TermSet.THEME),
                taxonomy.names(TermSet.COURSE_KIND),
                names("SELECT CAST(id AS CHAR), name FROM course_series ORDER BY name"));
    }

    private Map<String, String> names(String sql) {
        Map<String, String> names = new LinkedHashMap<>();
        for (Object row : em.createNativeQuery(sql).getResultList()) {
            Object[] columns = (Object[]) row;
            names.put((String) columns[0], (String) columns[1]);
        }
        return names;
    }
}
