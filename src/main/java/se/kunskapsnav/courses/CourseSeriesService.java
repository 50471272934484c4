package se.kunskapsnav.courses;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import se.kunskapsnav.platform.AuditLog;
import se.kunskapsnav.platform.ChangeLog;
import se.kunskapsnav.platform.ChangeOperation;
import se.kunskapsnav.platform.NotFoundException;
import se.kunskapsnav.platform.RefusedException;
import se.kunskapsnav.platform.Revisions;
import se.kunskapsnav.platform.TenancyGuard;

import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The catalogue of course series: anyone may read it, editors change their own county's series (the tenancy
 * guard), and a series is deleted only while no course belongs to it.
 */
@ApplicationScoped
public class CourseSeriesService {

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
    CourseService courses;

    /** Every series, by name. */
    public List<CourseSeries> all() {
        return em.createQuery("select s from CourseSeries s order by s.name", CourseSeries.class).getResultList();
    }

    public CourseSeries series(long id) {
        return NotFoundException.requireFound(em.find(CourseSeries.class, id), "course series " + id);
    }

    @Transactional
    public CourseSeries create(CourseSeriesInput input) {
        requireMayEdit(input);
        CourseSeriesInput valid = CourseSeriesRules.check(input, courses.knownCodes(), namesInUseExcept(null));
        CourseSeries series = new CourseSeries(clock.instant());
        series.apply(valid, clock.instant());
        em.persist(series);
        em.flush();
        logged(series, ChangeOperation.CREATE, "CREATE");
        return series;
    }

    /** Changes a series; {@code seenRevision} is the revision the change was made from ({@link Revisions}). */
    @Transactional
    public CourseSeries update(long id, CourseSeriesInput input, Long seenRevision) {
        CourseSeries series = locked(id);
        Revisions.requireCurrent(seenRevision, series.getRevision(), "courseSeries.changedMeanwhile");
        requireMayEdit(input);
        CourseSeriesInput valid = CourseSeriesRules.check(input, courses.knownCodes(), namesInUseExcept(id));
        series.apply(valid, clock.instant());
        logged(series, ChangeOperation.UPDATE, "UPDATE");
        return series;
    }

    /**
     * Deletes a series nothing belongs to; one a course or an imported activity of an earlier year names is
     * refused (their foreign keys would refuse it too, less clearly).
     */
    @Transactional
    public void delete(long id) {
        CourseSeries series = locked(id);
        long inUse = ((Number) em.createNativeQuery("SELECT (SELECT COUNT(*) FROM course WHERE series_id = ?1)"
                + " + (SELECT COUNT(*) FROM historical_activity WHERE series_id = ?1)")
                .setParameter(1, id).getSingleResult()).longValue();
        if (inUse > 0) {
            throw new RefusedException("courseSeries.inUse", inUse);
        }
        logged(series, ChangeOperation.DELETE, "DELETE");
        em.remove(series);
    }

    /** The county given must be the editor's; a missing one is the rules' "required", not a refusal. */
    private void requireMayEdit(CourseSeriesInput input) {
        if (input.countyCode() != null) {
            guard.requireMayEdit(input.countyCode());
        }
    }

    private CourseSeries locked(long id) {
        CourseSeries series = em.find(CourseSeries.class, id, LockModeType.PESSIMISTIC_WRITE);
        NotFoundException.requireFound(series, "course series " + id);
        guard.requireMayEdit(series.getCountyCode());
        return series;
    }

    private Set<String> namesInUseExcept(Long id) {
        return all().stream().filter(s -> !s.getId().equals(id)).flatMap(s -> s.names().stream())
                .map(CourseSeriesRules::key).collect(Collectors.toSet());
    }

    private void logged(CourseSeries series, ChangeOperation operation, String action) {
        changeLog.record("course_series", series.getId().toString(), operation);
        audit.record("course_series", series.getId(), action, series.getCountyCode(), series.getName());
    }
}
