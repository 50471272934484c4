package se.kunskapsnav.courses;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import se.kunskapsnav.accounts.Account;
import se.kunskapsnav.accounts.AccountErased;
import se.kunskapsnav.accounts.AccountService;
import se.kunskapsnav.accounts.PersonalData;
import se.kunskapsnav.accounts.PersonalDataRequest;
import se.kunskapsnav.accounts.Workplace;
import se.kunskapsnav.platform.AccessDeniedException;
import se.kunskapsnav.platform.AuditLog;
import se.kunskapsnav.platform.ChangeLog;
import se.kunskapsnav.platform.ChangeOperation;
import se.kunskapsnav.platform.GroupCommit;
import se.kunskapsnav.platform.InvalidInputException;
import se.kunskapsnav.platform.NotFoundException;
import se.kunskapsnav.platform.RefusedException;
import se.kunskapsnav.platform.TenancyGuard;
import se.kunskapsnav.platform.TextInput;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Registrations and the waiting list, attendance and what follows from it. Capacity is decided in the
 * database: every change that can take or free a seat first takes the course's seat lock ({@link #lockSeats}),
 * then counts, then writes, in one transaction. Mail is written to the
 * outbox in the same transaction and leaves only after commit.
 */
@ApplicationScoped
public class RegistrationService {

    private static final Logger LOG = Logger.getLogger(RegistrationService.class.getName());

    /** The statuses that hold a seat, as the database stores them, and as many parameters for an {@code IN}. */
    private static final List<String> SEAT_HOLDING = Arrays.stream(RegistrationStatus.values())
            .filter(RegistrationStatus::holdsSeat).map(Enum::name).toList();
    static final String SEAT_HOLDING_PARAMETERS = String.join(", ",
            Collections.nCopies(SEAT_HOLDING.size(), "?"));

    @PersistenceContext(unitName = "kunskapsnav")
    EntityManager em;

    @Inject
    TenancyGuard guard;

    @Inject
    AccountService accounts;

    @Inject
    CourseMails mails;

    @Inject
    ChangeLog changeLog;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    @Inject
    RegistrationBatch batches;

    /** At most this many registrations at one course are decided in one transaction. */
    static final int MAX_BATCH = 50;

    private final GroupCommit<Long, RegistrationBatch.Applicant, RegistrationBatch.Outcome> arriving =
            new GroupCommit<>(MAX_BATCH, this::registerTogether);

    // ---- seats

    /** Seats of a course as counted now; under the caller's lock of the course row when deciding. */
    public Seats seatsOf(Course course) {
        return seats(List.of(course)).get(course.getId());
    }

    /** Seats of several courses in one query, capacities from the rows in hand. */
    public Map<Long, Seats> seats(List<Course> courses) {
        Map<Long, Map<RegistrationStatus, Long>> counts = new HashMap<>();
        if (!courses.isEmpty()) {
            em.createQuery("""
                            select r.courseId, r.status, count(r) from Registration r
                            where r.courseId in :ids group by r.courseId, r.status""", Object[].class)
                    .setParameter("ids", courses.stream().map(Course::getId).toList())
                    .getResultList()
                    .forEach(row -> counts.computeIfAbsent((Long) row[0],
                            id -> new EnumMap<>(RegistrationStatus.class)).put((RegistrationStatus) row[1], (Long) row[2]));
        }
        Map<Long, Seats> seats = new HashMap<>();
        for (Course course : courses) {
            Map<RegistrationStatus, Long> byStatus = counts.getOrDefault(course.getId(), Map.of());
            long held = byStatus.entrySet().stream().filter(e -> e.getKey().holdsSeat())
                    .mapToLong(Map.Entry::getValue).sum();
            seats.put(course.getId(), new Seats(course.getCapacity(), (int) held,
                    byStatus.getOrDefault(RegistrationStatus.WAITLISTED, 0L).intValue()));
        }
        return seats;
    }

    // ---- the participant's side

    /**
     * Registers the logged-in person: a seat (confirmed, or awaiting approval), or a place in the waiting
     * list. Refused for a course not open for registration, a person already registered, or an account
     * whose e-mail address is not verified. Decided in a transaction of its own together with the registrations
     * for the same course arriving at the same time on this instance ({@link RegistrationBatch}), each answered as
     * if it had come alone in its turn.
     */
    public Registered register(long courseId, String note) {
        Long accountId = requireCaller();
        Map<String, String> problems = new LinkedHashMap<>();
        String cleanNote = TextInput.optional(note, 500, "note", problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        Account account = accounts.account(accountId);
        if (!account.isVerified()) {
            throw new RefusedException("registration.notVerified");
        }
        return arriving.submit(courseId, new RegistrationBatch.Applicant(accountId, account.getEmail(),
                account.profile(), cleanNote.isEmpty() ? null : cleanNote)).registeredOrThrow();
    }

    /**
     * Decides registrations that arrived together; when their transaction fails even after its retries, each again
     * alone, so one person's failure is theirs only. Nothing is done twice: a failed transaction left nothing.
     */
    private List<RegistrationBatch.Outcome> registerTogether(long courseId,
                                                           List<RegistrationBatch.Applicant> applicants) {
        try {
            return batches.register(courseId, applicants);
        } catch (NotFoundException | RefusedException | InvalidInputException everybodys) {
            throw everybodys;
        } catch (RuntimeException e) {
            if (applicants.size() == 1) {
                throw e;
            }
            LOG.log(Level.WARNING, applicants.size() + " registrations for course " + courseId
                    + " failed together; deciding each alone", e);
            List<RegistrationBatch.Outcome> outcomes = new ArrayList<>();
            for (RegistrationBatch.Applicant applicant : applicants) {
                try {
                    outcomes.addAll(batches.register(courseId, List.of(applicant)));
                } catch (RuntimeException alone) {
                    outcomes.add(new RegistrationBatch.Outcome(null, alone));
                }
            }
            return outcomes;
        }
    }

    /**
     * A new registration and its place in the waiting list (0 when it has a seat); {@code waitsForReservedSeats}
     * when seats are free but reserved for other municipalities (counties) and the person's own are taken.
     */
    public record Registered(Registration registration, int queuePosition, boolean waitsForReservedSeats) {
    }

    /**
     * Cancels a registration as {@link CancellationRule} allows: its owner until registration closes, an editor
     * of the course until the course is over. A freed seat goes to the first in the waiting list in the same
     * transaction.
     */
    @Transactional
    public Registration cancel(long registrationId) {
        Registration registration = find(registrationId);
        Course course = locked(registration.getCourseId());
        em.refresh(registration);
        boolean editor = guard.scope().mayEdit(course.owningCounties());
        boolean owner = registration.getAccountId().equals(guard.currentAccountId());
        if (!editor && !owner) {
            throw new AccessDeniedException("not the registration's owner or an editor of the course");
        }
        Optional<RefusedException> refused = CancellationRule.refusal(course, registration.getStatus(), editor,
                clock.instant());
        if (refused.isPresent()) {
            throw refused.get();
        }
        boolean hadSeat = registration.getStatus() == RegistrationStatus.CONFIRMED;
        registration.changeStatus(RegistrationStatus.CANCELLED, clock.instant());
        changeLog.record("registration", registration.getId().toString(), ChangeOperation.UPDATE);
        if (editor && !owner) {
            audit.record("registration", registration.getId(), "CANCEL", course.getCountyCode(), course.getTitle());
        }
        mailTo(registration).ifPresent(account -> mails.cancelled(course, registration, account, !owner, hadSeat));
        promoteWaiting(course);
        return registration;
    }

    /**
     * Why the caller may not cancel their own registration, or one of a course they edit, now; empty when they
     * may. What a page offers is what {@link #cancel} will do.
     */
    public Optional<RefusedException> cancelRefusal(Course course, Registration registration) {
        return CancellationRule.refusal(course, registration.getStatus(),
                guard.scope().mayEdit(course.owningCounties()), clock.instant());
    }

    /** An editor approves a registration awaiting approval: it becomes confirmed. */
    @Transactional
    public Registration approve(long registrationId) {
        Registration registration = forEditor(registrationId);
        Course course = locked(registration.getCourseId());
        if (registration.getStatus() != RegistrationStatus.AWAITING_APPROVAL) {
            throw new RefusedException("registration.notAwaitingApproval");
        }
        registration.changeStatus(RegistrationStatus.CONFIRMED, clock.instant());
        changeLog.record("registration", registration.getId().toString(), ChangeOperation.UPDATE);
        audit.record("registration", registration.getId(), "APPROVE", course.getCountyCode(), course.getTitle());
        mailTo(registration).ifPresent(account -> mails.approved(course, registration, account));
        return registration;
    }

    /** An editor declines a registration awaiting approval; its seat goes to the first in line. */
    @Transactional
    public Registration decline(long registrationId) {
        Registration registration = forEditor(registrationId);
        Course course = locked(registration.getCourseId());
        if (registration.getStatus() != RegistrationStatus.AWAITING_APPROVAL) {
            throw new RefusedException("registration.notAwaitingApproval");
        }
        registration.changeStatus(RegistrationStatus.CANCELLED, clock.instant());
        changeLog.record("registration", registration.getId().toString(), ChangeOperation.UPDATE);
        audit.record("registration", registration.getId(), "DECLINE", course.getCountyCode(), course.getTitle());
        mailTo(registration).ifPresent(account -> mails.declined(course, account));
        promoteWaiting(course);
        return registration;
    }

    /**
     * Gives free seats to the first waiting people, in queue order; while seats are reserved, to the first who
     * may use a free seat ({@link SeatQuota#promotable}). The caller holds the course lock.
     */
    void promoteWaiting(Course course) {
        Seats seats = seatsOf(course);
        if (seats.promotable() == 0) {
            return;
        }
        Optional<SeatQuota> quota = quota(course.getId(), course.getLevel(), course.getCountyCode(),
                course.getSeatQuota(), course.getSeatQuotaUntil());
        List<Registration> waiting = em.createQuery("""
                        select r from Registration r where r.courseId = :course and r.status = :waitlisted
                        order by r.id""", Registration.class)
                .setParameter("course", course.getId())
                .setParameter("waitlisted", RegistrationStatus.WAITLISTED)
                .setMaxResults(quota.isPresent() ? Integer.MAX_VALUE : seats.promotable())
                .getResultList();
        List<Registration> promoted = waiting;
        if (quota.isPresent()) {
            Set<Long> chosen = Set.copyOf(quota.get().promotable(seats, waiting.stream()
                    .map(r -> new SeatQuota.Waiting(r.getId(), SeatQuota.areaOf(course.getLevel(),
                            course.getCountyCode(), r.getMunicipalityCode(), r.getRegionCode())))
                    .toList()));
            promoted = waiting.stream().filter(r -> chosen.contains(r.getId())).toList();
        }
        RegistrationStatus status = Seats.seatStatus(course.isRequiresApproval());
        for (Registration registration : promoted) {
            registration.changeStatus(status, clock.instant());
            changeLog.record("registration", registration.getId().toString(), ChangeOperation.UPDATE);
            mailTo(registration).ifPresent(account -> mails.promoted(course, registration, account));
        }
    }

    /**
     * After the last day of a course's seat quota, its unused reserved seats go to the waiting list in queue
     * order, once: the course is marked released under its lock, so a second run (on this instance or another)
     * does nothing. Answers whether this call released them.
     */
    @Transactional
    public boolean releaseQuota(long courseId) {
        Course course = locked(courseId);
        if (course.getStatus() != CourseStatus.PUBLISHED || course.getSeatQuota() == null
                || course.isSeatQuotaReleased() || course.hasSeatQuotaOn(today())) {
            return false;
        }
        promoteWaiting(course);
        course.quotaReleased();
        return true;
    }

    /** Published courses whose seat quota has ended and not yet been released: for {@link #releaseQuota}. */
    public List<Long> quotasToRelease() {
        return em.createQuery("""
                        select c.id from Course c where c.status = :published and c.seatQuota is not null
                          and c.seatQuotaReleased = false and c.seatQuotaUntil < :today""", Long.class)
                .setParameter("published", CourseStatus.PUBLISHED)
                .setParameter("today", today())
                .getResultList();
    }

    /**
     * The course's seat quota with the seats each area holds now, when seats are reserved today; read under the
     * caller's lock when deciding.
     */
    Optional<SeatQuota> quota(long courseId, CourseLevel level, String countyCode, Integer perArea,
                                      LocalDate until) {
        if (!SeatQuota.isActive(perArea, until, today())) {
            return Optional.empty();
        }
        Map<String, Integer> heldByArea = new HashMap<>();
        Query query = em.createNativeQuery("""
                        SELECT municipality_code, region_code, COUNT(*) FROM registration
                        WHERE course_id = ? AND status IN (%s) GROUP BY municipality_code, region_code"""
                        .formatted(SEAT_HOLDING_PARAMETERS))
                .setParameter(1, courseId);
        bindSeatHolding(query, 2);
        List<?> rows = query.getResultList();
        for (Object row : rows) {
            Object[] columns = (Object[]) row;
            String area = SeatQuota.areaOf(level, countyCode, (String) columns[0], (String) columns[1]);
            if (area != null) {
                heldByArea.merge(area, ((Number) columns[2]).intValue(), Integer::sum);
            }
        }
        return Optional.of(new SeatQuota(perArea, quotaAreas(level, countyCode), heldByArea));
    }

    /**
     * How many areas a seat quota reserves seats for: the municipalities of the course's county, or for a
     * national course the counties.
     */
    int quotaAreas(CourseLevel level, String countyCode) {
        Number count = level == CourseLevel.NATIONAL
                ? (Number) em.createNativeQuery("SELECT COUNT(*) FROM county").getSingleResult()
                : (Number) em.createNativeQuery("SELECT COUNT(*) FROM municipality WHERE county_code = ?")
                        .setParameter(1, countyCode).getSingleResult();
        return count.intValue();
    }

    /**
     * Whether the person would be put on the waiting list if they registered now, reserved seats counted: what
     * the course page's button offers.
     */
    public boolean newRegistrationWaits(Course course, long accountId) {
        Seats seats = seatsOf(course);
        Workplace workplace = accounts.account(accountId).profile().workplace();
        String area = SeatQuota.areaOf(course.getLevel(), course.getCountyCode(), workplace.municipalityCode(),
                workplace.regionCode());
        return quota(course.getId(), course.getLevel(), course.getCountyCode(), course.getSeatQuota(),
                course.getSeatQuotaUntil())
                .map(q -> q.forNewRegistration(seats, area, false))
                .orElseGet(() -> seats.forNewRegistration(false)) == RegistrationStatus.WAITLISTED;
    }

    /** Whether a waiting person waits because the free seats are reserved for other areas (see {@link SeatQuota}). */
    public boolean waitsForReservedSeats(Registration registration) {
        if (registration.getStatus() != RegistrationStatus.WAITLISTED) {
            return false;
        }
        Course course = em.find(Course.class, registration.getCourseId());
        Seats seats = seatsOf(course);
        return quota(course.getId(), course.getLevel(), course.getCountyCode(), course.getSeatQuota(),
                course.getSeatQuotaUntil())
                .map(q -> q.waitsForReservedSeats(seats, SeatQuota.areaOf(course.getLevel(), course.getCountyCode(),
                        registration.getMunicipalityCode(), registration.getRegionCode())))
                .orElse(false);
    }

    private LocalDate today() {
        return SwedishTime.today(clock.instant());
    }

    /** Cancels every live registration of a cancelled course and tells the people. The caller holds the lock. */
    void courseCancelled(Course course) {
        for (Registration registration : ofCourse(course.getId())) {
            if (registration.getStatus().isLive()) {
                boolean hadSeat = registration.getStatus() == RegistrationStatus.CONFIRMED;
                registration.changeStatus(RegistrationStatus.CANCELLED, clock.instant());
                changeLog.record("registration", registration.getId().toString(), ChangeOperation.UPDATE);
                mailTo(registration).ifPresent(account -> mails.courseCancelled(course, registration, account,
                        hadSeat));
            }
        }
    }

    public Optional<Registration> liveRegistration(long courseId, long accountId) {
        return em.createQuery("""
                        select r from Registration r
                        where r.courseId = :course and r.accountId = :account and r.status <> :cancelled""",
                        Registration.class)
                .setParameter("course", courseId)
                .setParameter("account", accountId)
                .setParameter("cancelled", RegistrationStatus.CANCELLED)
                .getResultStream().findFirst();
    }

    /** 1 for the first in the waiting list; 0 when not waiting. */
    public int queuePosition(Registration registration) {
        if (registration.getStatus() != RegistrationStatus.WAITLISTED) {
            return 0;
        }
        return em.createQuery("""
                        select count(r) from Registration r
                        where r.courseId = :course and r.status = :waitlisted and r.id <= :id""", Long.class)
                .setParameter("course", registration.getCourseId())
                .setParameter("waitlisted", RegistrationStatus.WAITLISTED)
                .setParameter("id", registration.getId())
                .getSingleResult().intValue();
    }

    /**
     * Waiting-list places of a course's registrations, from the whole list in id order (as
     * {@link #ofCourseForEditor} gives it): one pass instead of one query per row.
     */
    public static Map<Long, Integer> queuePositions(List<Registration> inIdOrder) {
        Map<Long, Integer> positions = new HashMap<>();
        int position = 0;
        for (Registration registration : inIdOrder) {
            if (registration.getStatus() == RegistrationStatus.WAITLISTED) {
                positions.put(registration.getId(), ++position);
            }
        }
        return positions;
    }

    /** Whether the person was marked present at a course of the given kind, e.g. course-leader training. */
    public boolean attendedCourseOfKind(long accountId, String kindCode) {
        return !em.createQuery("select r.id from Registration r, Course c where c.id = r.courseId "
                        + "and r.accountId = :account and r.status = :attended and c.kindCode = :kind", Long.class)
                .setParameter("account", accountId)
                .setParameter("attended", RegistrationStatus.ATTENDED)
                .setParameter("kind", kindCode)
                .setMaxResults(1)
                .getResultList().isEmpty();
    }

    /** The logged-in person's registrations, the latest course first. */
    public List<Registration> mine() {
        return em.createQuery("""
                        select r from Registration r, Course c where r.courseId = c.id and r.accountId = :account
                        order by c.startsAt desc, r.id desc""", Registration.class)
                .setParameter("account", requireCaller())
                .getResultList();
    }

    public Registration registration(long registrationId) {
        Long caller = requireCaller();
        Registration registration = find(registrationId);
        Course course = em.find(Course.class, registration.getCourseId());
        if (!registration.getAccountId().equals(caller) && !guard.scope().mayEdit(course.owningCounties())) {
            throw new NotFoundException("registration " + registrationId);
        }
        return registration;
    }

    // ---- the editor's side

    /** All registrations of a course, in the order they came (editors of the course). */
    public List<Registration> ofCourseForEditor(long courseId) {
        Course course = NotFoundException.requireFound(em.find(Course.class, courseId), "course " + courseId);
        guard.requireMayEdit(course.owningCounties());
        return ofCourse(courseId);
    }

    List<Registration> ofCourse(long courseId) {
        return em.createQuery("select r from Registration r where r.courseId = :course order by r.id",
                Registration.class).setParameter("course", courseId).getResultList();
    }

    /**
     * Marks who was present at one session. Only people with a seat can be marked; a person present at
     * any session has attended, one marked absent at every session did not show up.
     */
    @Transactional
    public void markAttendance(long courseId, long sessionId, Map<Long, Boolean> presentByRegistration) {
        Course course = locked(courseId);
        guard.requireMayEdit(course.owningCounties());
        CourseSession session = course.getSessions().stream().filter(s -> s.getId() == sessionId).findFirst()
                .orElseThrow(() -> new NotFoundException("session " + sessionId));
        if (course.getStatus() != CourseStatus.PUBLISHED && course.getStatus() != CourseStatus.COMPLETED) {
            throw new RefusedException("attendance.courseNotHeld");
        }
        // present at the door before the start, absent only once it has begun
        boolean onlyPresent = !presentByRegistration.containsValue(false);
        if (onlyPresent ? !session.isOpenForCheckIn(clock.instant()) : !session.hasStarted(clock.instant())) {
            throw new RefusedException("attendance.course.notOpen");
        }
        Map<Long, Registration> byId = new HashMap<>();
        ofCourse(courseId).forEach(r -> byId.put(r.getId(), r));
        Long markedBy = guard.currentAccountId();
        for (Map.Entry<Long, Boolean> entry : presentByRegistration.entrySet()) {
            Registration registration = byId.get(entry.getKey());
            if (registration == null || !registration.getStatus().isMarkable()) {
                throw InvalidInputException.of("registrations", "attendance.notMarkable");
            }
            Attendance attendance = em.find(Attendance.class, new Attendance.Key(registration.getId(), sessionId));
            if (attendance == null) {
                attendance = new Attendance(registration.getId(), sessionId);
                em.persist(attendance);
            }
            attendance.mark(Boolean.TRUE.equals(entry.getValue()), markedBy, clock.instant());
        }
        em.flush();
        for (Long registrationId : presentByRegistration.keySet()) {
            Registration registration = byId.get(registrationId);
            registration.changeStatus(AttendanceRule.statusOf(attendanceOf(registrationId),
                    course.getSessions().size()), clock.instant());
            changeLog.record("registration", registrationId.toString(), ChangeOperation.UPDATE);
        }
        audit.record("course", course.getId(), "ATTENDANCE", course.getCountyCode(),
                course.getTitle() + " / " + SwedishTime.describe(session.getStartsAt(), session.getEndsAt()));
        completeIfDone(course);
    }

    /**
     * Marks a published course completed once its last session is over and every seat is marked at every
     * session, with nobody awaiting approval. The caller holds the course lock. Answers whether it did.
     */
    boolean completeIfDone(Course course) {
        if (course.getStatus() != CourseStatus.PUBLISHED || course.getEndsAt().isAfter(clock.instant())) {
            return false;
        }
        Map<Long, Map<Long, Boolean>> marks = attendanceOfCourse(course.getId());
        boolean allMarked = ofCourse(course.getId()).stream().filter(r -> r.getStatus().holdsSeat())
                .allMatch(r -> r.getStatus().isMarkable()
                        && marks.getOrDefault(r.getId(), Map.of()).size() == course.getSessions().size());
        if (!allMarked) {
            return false;
        }
        course.changeStatus(CourseStatus.COMPLETED, clock.instant());
        changeLog.record("course", course.getId().toString(), ChangeOperation.UPDATE);
        audit.record("course", course.getId(), "COMPLETE", course.getCountyCode(), course.getTitle());
        return true;
    }

    /** Session id to presence, for one registration. */
    public Map<Long, Boolean> attendanceOf(long registrationId) {
        Map<Long, Boolean> marks = new HashMap<>();
        em.createQuery("select a from Attendance a where a.registrationId = :registration", Attendance.class)
                .setParameter("registration", registrationId)
                .getResultList()
                .forEach(a -> marks.put(a.getSessionId(), a.isPresent()));
        return marks;
    }

    /** Registration id to (session id to presence), for a whole course (editors). */
    public Map<Long, Map<Long, Boolean>> attendanceOfCourse(long courseId) {
        Map<Long, Map<Long, Boolean>> marks = new HashMap<>();
        em.createQuery("""
                        select a from Attendance a, Registration r
                        where a.registrationId = r.id and r.courseId = :course""", Attendance.class)
                .setParameter("course", courseId)
                .getResultList()
                .forEach(a -> marks.computeIfAbsent(a.getRegistrationId(), id -> new HashMap<>())
                        .put(a.getSessionId(), a.isPresent()));
        return marks;
    }

    /** Mails every person with a live registration (editors of the course). Answers how many. */
    @Transactional
    public int mailRegistrants(long courseId, String subject, String body) {
        Course course = NotFoundException.requireFound(em.find(Course.class, courseId), "course " + courseId);
        guard.requireMayEdit(course.owningCounties());
        Map<String, String> problems = new LinkedHashMap<>();
        String cleanSubject = TextInput.required(subject, 200, "subject", problems);
        String cleanBody = body == null ? "" : body.strip();
        if (cleanBody.isEmpty()) {
            problems.put("body", "validation.required");
        } else if (cleanBody.length() > 10_000) {
            problems.put("body", "validation.tooLong");
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        int sent = 0;
        for (Registration registration : ofCourse(courseId)) {
            if (registration.getStatus().isLive()) {
                Optional<Account> account = mailTo(registration);
                if (account.isPresent()) {
                    mails.fromOrganiser(course, account.get(), cleanSubject, cleanBody);
                    sent++;
                }
            }
        }
        audit.record("course", course.getId(), "MAIL", course.getCountyCode(), cleanSubject);
        return sent;
    }

    // ---- personal data

    /**
     * An erased person's notes go, and their places in courses not yet held are given up. Courses are locked in
     * id order, so two erasures at once take the courses they share in the same order instead of deadlocking.
     */
    void accountErased(@Observes AccountErased erased) {
        List<Registration> theirs = em.createQuery("""
                        select r from Registration r where r.accountId = :account order by r.courseId, r.id""",
                Registration.class).setParameter("account", erased.accountId()).getResultList();
        for (Registration registration : theirs) {
            registration.forgetNote();
            Course course = em.find(Course.class, registration.getCourseId());
            if (registration.getStatus().isLive() && course.getStatus() == CourseStatus.PUBLISHED
                    && course.getStartsAt().isAfter(clock.instant())) {
                lockSeats(course.getId());
                em.lock(course, LockModeType.PESSIMISTIC_WRITE);
                registration.changeStatus(RegistrationStatus.CANCELLED, clock.instant());
                changeLog.record("registration", registration.getId().toString(), ChangeOperation.UPDATE);
                promoteWaiting(course);
            }
        }
    }

    /** "Download my data": every registration of the person, with its note while it is kept. */
    void personalDataRequested(@Observes PersonalDataRequest request) {
        em.createQuery("select r from Registration r where r.accountId = :account order by r.id", Registration.class)
                .setParameter("account", request.accountId())
                .getResultList()
                .forEach(r -> request.add(new PersonalData.Entry("registration",
                        em.find(Course.class, r.getCourseId()).getTitle(), r.getStatus().name(), r.getRegisteredAt(),
                        r.getNote())));
    }

    /** Notes (such as dietary needs) are deleted once a course is over. Answers how many. */
    @Transactional
    public int forgetNotesOfEndedCourses() {
        return em.createQuery("""
                        update Registration r set r.note = null
                        where r.note is not null
                          and r.courseId in (select c.id from Course c where c.endsAt < :now)""")
                .setParameter("now", clock.instant())
                .executeUpdate();
    }

    // ---- helpers

    /** Binds {@link #SEAT_HOLDING} from parameter {@code first} on; answers the next parameter's position. */
    static int bindSeatHolding(Query query, int first) {
        int parameter = first;
        for (String status : SEAT_HOLDING) {
            query.setParameter(parameter++, status);
        }
        return parameter;
    }

    /**
     * Takes the course's seat lock until the transaction ends, by writing its row in {@code course_seat_lock}
     * (see the migration that made it): every change that decides seats or the course's status takes it first, so
     * they run one at a time per course, on one database node by its row lock and across Galera nodes by
     * certification, which lets only one of two such writes commit.
     */
    void lockSeats(long courseId) {
        int locked = em.createNativeQuery("UPDATE course_seat_lock SET claims = claims + 1 WHERE course_id = ?")
                .setParameter(1, courseId)
                .executeUpdate();
        if (locked == 0) {
            throw new NotFoundException("course " + courseId);
        }
    }

    /**
     * Makes a new course's seat lock, in the transaction that creates the course: made later, by the first of many
     * simultaneous registrations, the row's insertion would deadlock them.
     */
    void createSeatLock(long courseId) {
        em.createNativeQuery("INSERT INTO course_seat_lock (course_id, claims) VALUES (?, 0)")
                .setParameter(1, courseId)
                .executeUpdate();
    }

    /** The course, under its seat lock and its row lock (in that order, as everywhere, so no two deadlock). */
    Course locked(long courseId) {
        lockSeats(courseId);
        return NotFoundException.requireFound(
                em.find(Course.class, courseId, LockModeType.PESSIMISTIC_WRITE), "course " + courseId);
    }

    private Registration find(long registrationId) {
        return NotFoundException.requireFound(
                em.find(Registration.class, registrationId), "registration " + registrationId);
    }

    private Registration forEditor(long registrationId) {
        Registration registration = find(registrationId);
        Course course = em.find(Course.class, registration.getCourseId());
        guard.requireMayEdit(course.owningCounties());
        return registration;
    }

    private Long requireCaller() {
        Long accountId = guard.currentAccountId();
        if (accountId == null) {
            throw new AccessDeniedException("registration needs a logged-in person");
        }
        return accountId;
    }

    /** The registered person, when they can still be mailed (not erased). */
    private Optional<Account> mailTo(Registration registration) {
        Account account = accounts.account(registration.getAccountId());
        return account.getEmail() == null ? Optional.empty() : Optional.of(account);
    }
}
