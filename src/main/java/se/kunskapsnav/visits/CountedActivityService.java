package se.kunskapsnav.visits;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import se.kunskapsnav.courses.CourseService;
import se.kunskapsnav.courses.KnownCodes;
import se.kunskapsnav.directory.DirectoryService;
import se.kunskapsnav.geography.GeographyService;
import se.kunskapsnav.geography.Municipality;
import se.kunskapsnav.platform.AuditLog;
import se.kunskapsnav.platform.ChangeLog;
import se.kunskapsnav.platform.ChangeOperation;
import se.kunskapsnav.platform.NotFoundException;
import se.kunskapsnav.platform.TenancyGuard;
import se.kunskapsnav.platform.Years;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Count-only activities and their participation: recorded by form or imported from a CSV file, all or
 * nothing. Guarded by the county tenancy guard, logged in the change log and the audit log.
 */
@ApplicationScoped
public class CountedActivityService {

    static final String ENTITY = "counted_activity";

    @PersistenceContext(unitName = "kunskapsnav")
    EntityManager em;

    @Inject
    TenancyGuard guard;

    @Inject
    ChangeLog changeLog;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    @Inject
    DirectoryService directory;

    @Inject
    GeographyService geography;

    @Inject
    CourseService courses;

    // ---- reading

    /** An activity; its existence, dates and totals are public. */
    public CountedActivity activity(long id) {
        return NotFoundException.requireFound(em.find(CountedActivity.class, id), "counted activity " + id);
    }

    /** Whether the current person may change the activity and see its participation rows. */
    public boolean mayEdit(CountedActivity activity) {
        return guard.scope().mayEdit(activity.getCountyCode());
    }

    /** A county's activities (every county's when null) held wholly or partly in a year, the latest first. */
    public List<CountedActivity> activitiesOfCounty(String countyCode, int year) {
        return em.createQuery("""
                        select a from CountedActivity a
                        where (:county is null or a.countyCode = :county) and a.startsOn <= :to and a.endsOn >= :from
                        order by a.startsOn desc, a.id desc""", CountedActivity.class)
                .setParameter("county", countyCode)
                .setParameter("from", LocalDate.of(year, 1, 1))
                .setParameter("to", LocalDate.of(year, 12, 31))
                // what a list row shows: one query per collection, not one per activity
                .setHint("eclipselink.batch.type", "IN")
                .setHint("eclipselink.batch", "a.themes")
                .setHint("eclipselink.batch", "a.participation")
                .getResultList();
    }

    /** The activities people from a municipality took part in, with how many, the latest first. */
    public List<MunicipalityParticipation> activitiesOfMunicipality(String municipalityCode) {
        return activitiesOfMunicipality(municipalityCode, Years.FIRST_DAY, Years.LAST_DAY);
    }

    /** The activities of one year (any day of it) people from a municipality took part in, the latest first. */
    public List<MunicipalityParticipation> activitiesOfMunicipality(String municipalityCode, int year) {
        return activitiesOfMunicipality(municipalityCode, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
    }

    private List<MunicipalityParticipation> activitiesOfMunicipality(String municipalityCode, LocalDate from,
                                                                     LocalDate to) {
        List<CountedParticipation> rows = em.createQuery("""
                        select p from CountedParticipation p
                        where p.municipalityCode = :code and p.activity.startsOn <= :to and p.activity.endsOn >= :from""",
                        CountedParticipation.class)
                .setParameter("code", municipalityCode)
                .setParameter("from", from)
                .setParameter("to", to)
                .getResultList();
        Map<CountedActivity, Integer> byActivity = new LinkedHashMap<>();
        rows.forEach(p -> byActivity.merge(p.getActivity(), p.getAttendees(), Integer::sum));
        return byActivity.entrySet().stream()
                .map(e -> new MunicipalityParticipation(e.getKey(), e.getValue()))
                .sorted(Comparator.comparing((MunicipalityParticipation m) -> m.activity().getStartsOn()).reversed()
                        .thenComparing(m -> m.activity().getId(), Comparator.reverseOrder()))
                .toList();
    }

    /** What participation rows may name: municipalities, active organisations, professions. */
    public ParticipationDirectory participationDirectory() {
        Map<Long, ParticipationDirectory.KnownOrganisation> organisations = new LinkedHashMap<>();
        directory.activeOrganisations().forEach(o -> organisations.put(o.getId(),
                new ParticipationDirectory.KnownOrganisation(o.getId(), o.getName(), o.getMunicipalityCode())));
        Map<String, String> professions = new LinkedHashMap<>();
        directory.professions().forEach(p -> professions.put(p.getCode(), p.getName()));
        return new ParticipationDirectory(
                geography.allMunicipalities().stream().map(Municipality::getCode).collect(Collectors.toSet()),
                organisations, professions);
    }

    // ---- changing

    @Transactional
    public CountedActivity create(ActivityInput input) {
        ActivityInput valid = checked(input);
        CountedActivity activity = new CountedActivity(clock.instant());
        activity.apply(valid, clock.instant());
        em.persist(activity);
        em.flush();
        logged(activity, ChangeOperation.CREATE, "CREATE", activity.getTitle());
        return activity;
    }

    /** Changes the activity's facts; its participation stays. */
    @Transactional
    public CountedActivity update(long id, ActivityInput input) {
        CountedActivity activity = lockedForEditing(id);
        ActivityInput valid = checked(input);
        activity.apply(valid, clock.instant());
        logged(activity, ChangeOperation.UPDATE, "UPDATE", activity.getTitle());
        return activity;
    }

    @Transactional
    public void delete(long id) {
        CountedActivity activity = lockedForEditing(id);
        em.remove(activity);
        logged(activity, ChangeOperation.DELETE, "DELETE", activity.getTitle());
    }

    /** Replaces the activity's participation with the given rows, or changes nothing if any row is bad. */
    @Transactional
    public CountedActivity replaceParticipation(long id, List<ParticipationInput> rows) {
        CountedActivity activity = lockedForEditing(id);
        List<ValidParticipation> valid = ParticipationRules.check(rows, participationDirectory());
        return replaced(activity, valid);
    }

    /**
     * Replaces the activity's participation with a CSV file's rows in one transaction; a file with any bad
     * line changes nothing and is refused with every line's error.
     */
    @Transactional
    public CountedActivity importParticipation(long id, byte[] csv) {
        CountedActivity activity = lockedForEditing(id);
        ParticipationDirectory known = participationDirectory();
        ParticipationCsv.Result result = ParticipationCsv.parse(csv, known);
        if (!result.isValid()) {
            throw new ParticipationImportException(result.errors());
        }
        return replaced(activity, ParticipationRules.check(result.rows(), known));
    }

    private CountedActivity replaced(CountedActivity activity, List<ValidParticipation> rows) {
        activity.clearParticipation(clock.instant());
        em.flush();
        rows.forEach(activity::addParticipation);
        em.flush();
        int total = rows.stream().mapToInt(ValidParticipation::attendees).sum();
        logged(activity, ChangeOperation.UPDATE, "PARTICIPATION",
                activity.getTitle() + ": " + rows.size() + " rader, " + total + " deltagare");
        return activity;
    }

    /** The guard first for a known county; a missing or unknown one is a field error. */
    private ActivityInput checked(ActivityInput input) {
        KnownCodes known = courses.knownCodes();
        if (input.countyCode() != null && known.counties().contains(input.countyCode())) {
            guard.requireMayEdit(input.countyCode());
        }
        return ActivityRules.check(input, known);
    }

    private CountedActivity lockedForEditing(long id) {
        CountedActivity activity = NotFoundException.requireFound(
                em.find(CountedActivity.class, id, LockModeType.PESSIMISTIC_WRITE), "counted activity " + id);
        guard.requireMayEdit(activity.getCountyCode());
        return activity;
    }

    private void logged(CountedActivity activity, ChangeOperation operation, String action, String detail) {
        changeLog.record(ENTITY, activity.getId().toString(), operation);
        audit.record(ENTITY, activity.getId(), action, activity.getCountyCode(), detail);
    }
}
