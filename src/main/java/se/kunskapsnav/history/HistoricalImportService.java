package se.kunskapsnav.history;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import se.kunskapsnav.accounts.AccountService;
import se.kunskapsnav.courses.CourseSeries;
import se.kunskapsnav.courses.CourseSeriesService;
import se.kunskapsnav.directory.DirectoryService;
import se.kunskapsnav.directory.Sector;
import se.kunskapsnav.geography.GeographyService;
import se.kunskapsnav.platform.AccessDeniedException;
import se.kunskapsnav.platform.AuditLog;
import se.kunskapsnav.platform.ChangeLog;
import se.kunskapsnav.platform.ChangeOperation;
import se.kunskapsnav.platform.ClockProducer;
import se.kunskapsnav.platform.FileNames;
import se.kunskapsnav.platform.InvalidInputException;
import se.kunskapsnav.platform.Messages;
import se.kunskapsnav.platform.NotFoundException;
import se.kunskapsnav.platform.TenancyGuard;
import se.kunskapsnav.taxonomy.TaxonomyService;
import se.kunskapsnav.taxonomy.TermSet;
import se.kunskapsnav.visits.CountedActivityService;
import se.kunskapsnav.visits.ParticipationImportException;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Imports earlier years' participation from sign-in lists, all or nothing, and undoes an import as a whole.
 * Guarded by the county tenancy guard; each activity created or deleted is in the change log, each import and
 * undo in the audit log.
 */
@ApplicationScoped
public class HistoricalImportService {

    static final String ACTIVITY = "historical_activity";
    static final String IMPORT = "historical_import";
    /** Kinds of activity besides the course kinds, coded as the participation facts code them. */
    private static final List<String> OTHER_KINDS = List.of("natverkstraff", "kommunbesok");
    private static final int EMAILS_PER_QUERY = 500;

    @PersistenceContext(unitName = "kunskapsnav")
    EntityManager em;

    @Inject
    CourseSeriesService courseSeries;

    @Inject
    TenancyGuard guard;

    @Inject
    ChangeLog changeLog;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    @Inject
    CountedActivityService countedActivities;

    @Inject
    DirectoryService directory;

    @Inject
    TaxonomyService taxonomy;

    @Inject
    GeographyService geography;

    @Inject
    AccountService accounts;

    /** What a file's lines may name. */
    public HistoricalDirectory historicalDirectory() {
        Map<Long, String> regions = new HashMap<>();
        directory.activeOrganisations().stream().filter(o -> o.getRegionCode() != null)
                .forEach(o -> regions.put(o.getId(), o.getRegionCode()));
        return new HistoricalDirectory(countedActivities.participationDirectory(), regions, kinds(),
                taxonomy.names(TermSet.THEME),
                directory.sectors().stream().collect(Collectors.toMap(Sector::getCode, Sector::getName,
                        (a, b) -> a, LinkedHashMap::new)), seriesNames());
    }

    /** Every name of every course series (its own and the alternative ones) to the series' id. */
    private Map<String, Long> seriesNames() {
        Map<String, Long> names = new HashMap<>();
        for (CourseSeries series : courseSeries.all()) {
            series.names().forEach(name -> names.put(name, series.getId()));
        }
        return names;
    }

    /** The kinds an activity may have, code to Swedish name: the course kinds, then the others. */
    public Map<String, String> kinds() {
        Map<String, String> kinds = new LinkedHashMap<>(taxonomy.names(TermSet.COURSE_KIND));
        OTHER_KINDS.forEach(code -> kinds.put(code, Messages.get("history.kind." + code)));
        return kinds;
    }

    /** The imports of a county, newest first, with what they hold; for its editors and administrators. */
    public List<ImportSummary> imports(String countyCode) {
        guard.requireMayEdit(knownCounty(countyCode));
        return summaries(em.createQuery("""
                        select i from HistoricalImport i where i.countyCode = :county
                        order by i.importedAt desc, i.id desc""", HistoricalImport.class)
                .setParameter("county", countyCode).getResultList());
    }

    /**
     * Imports a file for a county in one transaction: every line is checked first, and a file with any problem
     * writes nothing and is refused with each line's errors.
     */
    @Transactional
    public ImportSummary importFile(String countyCode, String fileName, byte[] content) {
        guard.requireMayEdit(knownCounty(countyCode));
        Long importer = guard.currentAccountId();
        if (importer == null) {
            throw new AccessDeniedException("an import needs a person");
        }
        HistoricalCsv.Result result = HistoricalCsv.parse(content, historicalDirectory(),
                LocalDate.now(clock.withZone(ClockProducer.SWEDEN)));
        if (!result.isValid()) {
            throw new ParticipationImportException(result.errors());
        }
        Map<String, Long> accountIds = accountIdsByEmail(result.activities());
        String name = FileNames.clean(fileName);
        HistoricalImport imported = new HistoricalImport(countyCode, name.isEmpty() ? "historik.csv" : name,
                clock.instant(), importer, result.lineCount());
        em.persist(imported);
        em.flush();
        List<HistoricalActivity> activities = new ArrayList<>();
        for (SignInActivity activity : result.activities()) {
            List<String> keys = activity.lines().stream()
                    .map(line -> line.identifier() == null ? null
                            : PersonKeys.of(countyCode, line.identifier(), accountIds))
                    .toList();
            HistoricalActivity stored = new HistoricalActivity(imported, activity, keys);
            em.persist(stored);
            activities.add(stored);
        }
        em.flush();
        activities.forEach(a -> changeLog.record(ACTIVITY, a.getId().toString(), ChangeOperation.CREATE));
        int participants = result.activities().stream().mapToInt(SignInActivity::participants).sum();
        audit.record(IMPORT, imported.getId(), "IMPORT", countyCode, Messages.get("history.audit.imported",
                imported.getFileName(), activities.size(), result.lineCount(), participants));
        return summaries(List.of(imported)).getFirst();
    }

    /** Undoes an import: its activities and their participation are deleted. */
    @Transactional
    public void undo(long importId) {
        HistoricalImport imported = NotFoundException.requireFound(
                em.find(HistoricalImport.class, importId, LockModeType.PESSIMISTIC_WRITE),
                "historical import " + importId);
        guard.requireMayEdit(imported.getCountyCode());
        List<Long> activityIds = em.createQuery(
                        "select a.id from HistoricalActivity a where a.importId = :import order by a.id", Long.class)
                .setParameter("import", importId).getResultList();
        activityIds.forEach(id -> changeLog.record(ACTIVITY, id.toString(), ChangeOperation.DELETE));
        audit.record(IMPORT, importId, "UNDO", imported.getCountyCode(), Messages.get("history.audit.undone",
                imported.getFileName(), activityIds.size()));
        // the database deletes the activities, their themes and participation with the import
        em.remove(imported);
        em.flush();
    }

    /** The account ids of the e-mail addresses (lower case) that the files' people are listed by. */
    private Map<String, Long> accountIdsByEmail(List<SignInActivity> activities) {
        List<String> emails = activities.stream().flatMap(a -> a.lines().stream())
                .map(SignInLine::identifier).filter(Objects::nonNull).filter(PersonKeys::isEmail)
                .distinct().toList();
        Map<String, Long> ids = new HashMap<>();
        for (int from = 0; from < emails.size(); from += EMAILS_PER_QUERY) {
            List<String> some = emails.subList(from, Math.min(emails.size(), from + EMAILS_PER_QUERY));
            em.createQuery("select a.id, a.email from Account a where a.email in :emails", Object[].class)
                    .setParameter("emails", some).getResultList()
                    // the column's collation may take other addresses for equal; only the same address counts
                    .stream().filter(row -> some.contains((String) row[1]))
                    .forEach(row -> ids.put((String) row[1], (Long) row[0]));
        }
        return ids;
    }

    private List<ImportSummary> summaries(List<HistoricalImport> imports) {
        if (imports.isEmpty()) {
            return List.of();
        }
        List<Long> ids = imports.stream().map(HistoricalImport::getId).toList();
        Map<Long, Object[]> activities = byImport(em.createQuery("""
                        select a.importId, count(a), min(a.heldOn), max(a.heldOn) from HistoricalActivity a
                        where a.importId in :ids group by a.importId""", Object[].class)
                .setParameter("ids", ids).getResultList());
        Map<Long, Object[]> participation = byImport(em.createQuery("""
                        select a.importId, sum(p.participants), count(distinct p.personKey)
                        from HistoricalParticipation p join p.activity a
                        where a.importId in :ids group by a.importId""", Object[].class)
                .setParameter("ids", ids).getResultList());
        Map<Long, String> names = new HashMap<>();
        imports.stream().map(HistoricalImport::getImportedBy).distinct()
                .forEach(id -> names.put(id, accounts.account(id).getName()));
        return imports.stream().map(i -> {
            Object[] a = activities.getOrDefault(i.getId(), new Object[] {i.getId(), 0L, null, null});
            Object[] p = participation.getOrDefault(i.getId(), new Object[] {i.getId(), 0L, 0L});
            return new ImportSummary(i.getId(), i.getCountyCode(), i.getFileName(), i.getImportedAt(),
                    names.get(i.getImportedBy()), i.getLineCount(), ((Number) a[1]).longValue(),
                    p[1] == null ? 0 : ((Number) p[1]).longValue(), ((Number) p[2]).longValue(),
                    (LocalDate) a[2], (LocalDate) a[3]);
        }).toList();
    }

    private static Map<Long, Object[]> byImport(List<Object[]> rows) {
        return rows.stream().collect(Collectors.toMap(row -> ((Number) row[0]).longValue(), row -> row));
    }

    /** A county code the portal knows; anything else is a field error, before any tenancy question. */
    private String knownCounty(String countyCode) {
        Set<String> known = geography.counties().stream().map(c -> c.county().getCode()).collect(Collectors.toSet());
        if (countyCode == null || !known.contains(countyCode)) {
            throw InvalidInputException.of("lan", "validation.unknownCounty");
        }
        return countyCode;
    }

    /** What an import holds: its activities, lines, participants (people and counted) and named persons. */
    public record ImportSummary(long id, String countyCode, String fileName, Instant importedAt,
                                String importedByName, int lineCount, long activities, long participants,
                                long persons, LocalDate firstDay, LocalDate lastDay) {
    }
}
