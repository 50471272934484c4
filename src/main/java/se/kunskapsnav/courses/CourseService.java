package se.kunskapsnav.courses;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import se.kunskapsnav.directory.DirectoryService;
import se.kunskapsnav.directory.Profession;
import se.kunskapsnav.directory.Sector;
import se.kunskapsnav.geography.GeographyService;
import se.kunskapsnav.platform.AuditLog;
import se.kunskapsnav.platform.ChangeLog;
import se.kunskapsnav.platform.ChangeOperation;
import se.kunskapsnav.platform.InvalidInputException;
import se.kunskapsnav.platform.NotFoundException;
import se.kunskapsnav.platform.RefusedException;
import se.kunskapsnav.platform.Revisions;
import se.kunskapsnav.platform.ResultPage;
import se.kunskapsnav.platform.TenancyGuard;
import se.kunskapsnav.taxonomy.TaxonomyService;
import se.kunskapsnav.taxonomy.TermSet;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Publishing courses and reading them: the catalogue, a county's upcoming courses, an editor's list.
 * Every change is checked by {@link CourseRules}, guarded by the county tenancy guard, logged in the
 * change log and the audit log. Registrations are {@link RegistrationService}'s.
 */
@ApplicationScoped
public class CourseService {

    public static final int PAGE_SIZE = 20;
    /** A copy of last year's course moves every time by 52 weeks, so each session keeps its weekday. */
    static final Duration COPY_SHIFT = Duration.ofDays(364);

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
    GeographyService geography;

    @Inject
    DirectoryService directory;

    @Inject
    TaxonomyService taxonomy;

    @Inject
    RegistrationService registrations;

    // ---- reading

    /** A course anyone may see (published, completed or cancelled), or any course to its editors. */
    public Course course(long id) {
        Course course = em.find(Course.class, id);
        if (course == null || (course.getStatus() == CourseStatus.DRAFT && !mayEdit(course))) {
            throw new NotFoundException("course " + id);
        }
        return course;
    }

    public boolean mayEdit(Course course) {
        return guard.scope().mayEdit(course.owningCounties());
    }

    /** Published courses not yet over, filtered, soonest first, one page (counted from 1). */
    public ResultPage<CourseSeats> catalogue(CatalogueFilter filter, int page) {
        Map<String, Object> parameters = new HashMap<>();
        return ResultPage.query(em, Course.class, "c", catalogueWhere(filter, parameters), "c.startsAt, c.id",
                parameters, page, PAGE_SIZE, query -> query.setHint("eclipselink.batch.type", "IN")
                        // what a list row shows (course-list.xhtml): one query per collection, not per course
                        .setHint("eclipselink.batch", "c.sessions")
                        .setHint("eclipselink.batch", "c.coOrganisers")).map(this::withSeats);
    }

    private String catalogueWhere(CatalogueFilter filter, Map<String, Object> parameters) {
        List<String> conditions = new ArrayList<>();
        conditions.add("c.status = :published and c.endsAt > :now");
        parameters.put("published", CourseStatus.PUBLISHED);
        parameters.put("now", clock.instant());
        if (filter.countyCode() != null) {
            // subqueries, not MEMBER OF: EclipseLink joins the collection for it, and the join drops
            // every course without co-organisers from the "or"
            conditions.add("(c.countyCode = :county or exists (select co from Course kc join kc.coOrganisers co"
                    + " where kc = c and co = :county))");
            parameters.put("county", filter.countyCode());
        }
        if (filter.themeCode() != null) {
            conditions.add("exists (select t from Course kt join kt.themes t where kt = c and t = :theme)");
            parameters.put("theme", filter.themeCode());
        }
        if (filter.audience() != null) {
            conditions.add("exists (select p from Course kp join kp.professions p where kp = c and p = :profession)");
            parameters.put("profession", filter.audience());
        }
        if (filter.kindCode() != null) {
            conditions.add("c.kindCode = :kind");
            parameters.put("kind", filter.kindCode());
        }
        if (filter.format() != null) {
            conditions.add("c.format = :format");
            parameters.put("format", filter.format());
        }
        if (filter.month() != null) {
            conditions.add("c.startsAt >= :monthStart and c.startsAt < :monthEnd");
            parameters.put("monthStart", SwedishTime.instant(filter.month().atDay(1).atStartOfDay()).orElseThrow());
            parameters.put("monthEnd",
                    SwedishTime.instant(filter.month().plusMonths(1).atDay(1).atStartOfDay()).orElseThrow());
        }
        return String.join(" and ", conditions);
    }

    /** Published courses of a county (organised or co-organised) not yet over, soonest first. */
    public List<CourseSeats> upcomingInCounty(String countyCode, int limit) {
        return catalogue(new CatalogueFilter(countyCode, null, null, null, null, null), 1).rows().stream()
                .limit(limit).toList();
    }

    /** Published courses not yet over, for the calendar feeds: one county's, or all when null. */
    public List<Course> upcoming(String countyCode) {
        return em.createQuery("""
                        select distinct c from Course c left join c.coOrganisers co
                        where c.status = :published and c.endsAt > :since
                          and (:county is null or c.countyCode = :county or co = :county)
                        order by c.startsAt""", Course.class)
                .setParameter("published", CourseStatus.PUBLISHED)
                .setParameter("since", clock.instant().minus(Duration.ofDays(30)))
                .setParameter("county", countyCode)
                .getResultList();
    }

    /** The courses the current editor may change (an administrator's: all), the latest starting first. */
    public List<CourseSeats> editableCourses() {
        var scope = guard.scope();
        if (!scope.administrator() && scope.editorCounties().isEmpty()) {
            return List.of();
        }
        List<Course> courses = em.createQuery("""
                        select distinct c from Course c left join c.coOrganisers co
                        where :all = true or c.countyCode in :counties or co in :counties
                        order by c.startsAt desc""", Course.class)
                .setParameter("all", scope.administrator())
                .setParameter("counties", scope.editorCounties().isEmpty() ? Set.of("--") : scope.editorCounties())
                .getResultList();
        return withSeats(courses);
    }

    private List<CourseSeats> withSeats(List<Course> courses) {
        Map<Long, Seats> seats = registrations.seats(courses);
        return courses.stream().map(c -> new CourseSeats(c, seats.get(c.getId()))).toList();
    }

    /** What a form needs to show the codes a course uses. */
    public KnownCodes knownCodes() {
        return new KnownCodes(
                geography.counties().stream().map(c -> c.county().getCode()).collect(Collectors.toSet()),
                taxonomy.names(TermSet.COURSE_KIND).keySet(),
                directory.professions().stream().map(Profession::getCode).collect(Collectors.toSet()),
                directory.sectors().stream().map(Sector::getCode).collect(Collectors.toSet()),
                taxonomy.names(TermSet.THEME).keySet(),
                taxonomy.names(TermSet.TARGET_GROUP).keySet());
    }

    // ---- publishing

    @Transactional
    public Course create(CourseInput input) {
        guard.requireMayEdit(owners(input));
        ValidCourse valid = check(input);
        Course course = new Course(clock.instant());
        course.apply(valid, clock.instant());
        persistNew(course);
        logged(course, ChangeOperation.CREATE, "CREATE");
        return course;
    }

    /**
     * Changes a draft or published course; registrations stay. A raised capacity promotes the first
     * waiting people at once; a capacity below the seats already held is refused. {@code seenRevision} is the
     * revision the change was made from: a course changed since is refused ({@link Revisions}).
     */
    @Transactional
    public Course update(long id, CourseInput input, Long seenRevision) {
        Course course = lockedForEditing(id);
        Revisions.requireCurrent(seenRevision, course.getRevision(), "course.changedMeanwhile");
        guard.requireMayEdit(owners(input));
        if (!course.getStatus().isEditable()) {
            throw new RefusedException("course.notEditable");
        }
        ValidCourse valid = check(input);
        Seats seats = registrations.seatsOf(course);
        if (!seats.allowsCapacity(input.capacity())) {
            throw new InvalidInputException(Map.of("capacity", "course.capacityBelowHeld"));
        }
        course.apply(valid, clock.instant());
        logged(course, ChangeOperation.UPDATE, "UPDATE");
        registrations.promoteWaiting(course);
        return course;
    }

    @Transactional
    public Course publish(long id) {
        Course course = lockedForEditing(id);
        if (course.getStatus() != CourseStatus.DRAFT) {
            throw new RefusedException("course.notDraft");
        }
        course.changeStatus(CourseStatus.PUBLISHED, clock.instant());
        logged(course, ChangeOperation.UPDATE, "PUBLISH");
        return course;
    }

    /** Cancels the course and every live registration, telling each registered person by mail. */
    @Transactional
    public Course cancel(long id) {
        Course course = lockedForEditing(id);
        if (!course.getStatus().isEditable()) {
            throw new RefusedException("course.notEditable");
        }
        course.changeStatus(CourseStatus.CANCELLED, clock.instant());
        logged(course, ChangeOperation.UPDATE, "CANCEL");
        registrations.courseCancelled(course);
        return course;
    }

    /** A new draft from an earlier course, every date 52 weeks later; no registrations come along. */
    @Transactional
    public Course copy(long id) {
        Course original = course(id);
        guard.requireMayEdit(original.owningCounties());
        CourseInput input = original.toInput();
        List<SessionInput> sessions = input.sessions().stream().map(s -> new SessionInput(later(s.start()),
                later(s.end()), s.place(), s.address(), s.onlineUrl())).toList();
        CourseInput copy = new CourseInput(input.title(), input.summary(), input.description(), input.kindCode(),
                input.countyCode(), input.coOrganisers(), input.level(), input.format(), input.professions(),
                input.sectors(), input.themes(), input.targetGroups(), sessions, input.capacity(),
                later(input.registrationOpens()), later(input.registrationCloses()), input.requiresApproval(),
                input.contactName(), input.contactEmail(), input.followsUpCourseId(), input.recursYearly(),
                input.seriesId(), input.seatQuota(),
                input.seatQuotaUntil() == null ? null : input.seatQuotaUntil().plusDays(COPY_SHIFT.toDays()));
        return create(copy);
    }

    private static LocalDateTime later(LocalDateTime time) {
        return time.plus(COPY_SHIFT);
    }

    /** Completes a course that is over and fully marked (see {@link RegistrationService#completeIfDone}). */
    @Transactional
    public boolean completeIfDone(long id) {
        return registrations.completeIfDone(registrations.locked(id));
    }

    /** Published courses whose last session is over: candidates for {@link #completeIfDone}. */
    public List<Long> overButNotCompleted() {
        return em.createQuery("select c.id from Course c where c.status = :published and c.endsAt <= :now",
                        Long.class)
                .setParameter("published", CourseStatus.PUBLISHED)
                .setParameter("now", clock.instant())
                .getResultList();
    }

    /** Stores a new course with its seat lock. */
    void persistNew(Course course) {
        em.persist(course);
        em.flush();
        registrations.createSeatLock(course.getId());
    }

    Course lockedForEditing(long id) {
        Course course = registrations.locked(id);
        guard.requireMayEdit(course.owningCounties());
        return course;
    }

    /**
     * The checked input. A follow-up day given no series belongs to the series of the course it follows up; a
     * course may be in a national series or in one of its own counties'.
     */
    private ValidCourse check(CourseInput given) {
        Long followsUp = given.followsUpCourseId();
        Course followed = followsUp == null ? null : em.find(Course.class, followsUp);
        CourseInput input = given.seriesId() == null && followed != null
                ? given.withSeriesId(followed.getSeriesId()) : given;
        ValidCourse valid = CourseRules.check(input, knownCodes(), registrations.quotaAreas(input.level(),
                input.countyCode()));
        if (followsUp != null && followed == null) {
            throw InvalidInputException.of("followsUpCourseId", "course.unknownFollowUp");
        }
        if (input.seriesId() != null) {
            CourseSeries series = em.find(CourseSeries.class, input.seriesId());
            if (series == null) {
                throw InvalidInputException.of("seriesId", "course.unknownSeries");
            }
            if (series.getLevel() != CourseLevel.NATIONAL && !owners(input).contains(series.getCountyCode())) {
                throw InvalidInputException.of("seriesId", "course.seriesOfOtherCounty");
            }
        }
        return valid;
    }

    private static Collection<String> owners(CourseInput input) {
        List<String> owners = new ArrayList<>();
        if (input.countyCode() != null) {
            owners.add(input.countyCode());
        }
        owners.addAll(input.coOrganisers());
        return owners;
    }

    private void logged(Course course, ChangeOperation operation, String action) {
        changeLog.record("course", course.getId().toString(), operation);
        audit.record("course", course.getId(), action, course.getCountyCode(), course.getTitle());
    }
}
