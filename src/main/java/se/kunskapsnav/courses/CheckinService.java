package se.kunskapsnav.courses;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import se.kunskapsnav.accounts.AccountService;
import se.kunskapsnav.platform.AccessDeniedException;
import se.kunskapsnav.platform.AuditLog;
import se.kunskapsnav.platform.ChangeLog;
import se.kunskapsnav.platform.ChangeOperation;
import se.kunskapsnav.platform.NotFoundException;
import se.kunskapsnav.platform.RefusedException;
import se.kunskapsnav.platform.TenancyGuard;

import java.text.Collator;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Check-in at the door of one session: the organiser finds a person by name or scans their code, and the person
 * is marked present through {@link RegistrationService#markAttendance}, so attendance, certificates and reach
 * read it as any other mark. A code is valid only for the course of its registration.
 */
@ApplicationScoped
public class CheckinService {

    @PersistenceContext(unitName = "kunskapsnav")
    EntityManager em;

    @Inject
    RegistrationService registrations;

    @Inject
    CheckinCodes codes;

    @Inject
    AccountService accounts;

    @Inject
    TenancyGuard guard;

    @Inject
    ChangeLog changeLog;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    /** One person with a seat, and whether they are checked in at the session. */
    public record Person(long registrationId, String name, boolean present) {
    }

    /** Everyone with a seat at a session, by name, and how many of them are present. */
    public record Board(Course course, CourseSession session, List<Person> people) {

        public long presentCount() {
            return people.stream().filter(Person::present).count();
        }
    }

    /** What a check-in did: who, and whether they had already been checked in (then nothing changed). */
    public record CheckedIn(Person person, boolean already) {
    }

    /** The session's check-in list (editors of the course). */
    public Board board(long courseId, long sessionId) {
        Course course = NotFoundException.requireFound(em.find(Course.class, courseId), "course " + courseId);
        guard.requireMayEdit(course.owningCounties());
        CourseSession session = sessionOf(course, sessionId);
        Map<Long, Map<Long, Boolean>> marks = registrations.attendanceOfCourse(courseId);
        Collator swedish = Collator.getInstance(Locale.of("sv", "SE"));
        List<Person> people = registrations.ofCourse(courseId).stream()
                .filter(r -> r.getStatus().isMarkable())
                .map(r -> new Person(r.getId(), nameOf(r),
                        marks.getOrDefault(r.getId(), Map.of()).getOrDefault(sessionId, false)))
                .sorted(Comparator.comparing(Person::name, swedish))
                .toList();
        return new Board(course, session, people);
    }

    /** Checks in the person of a registration found by name. */
    @Transactional
    public CheckedIn checkIn(long courseId, long sessionId, long registrationId) {
        Board board = board(courseId, sessionId);
        Person person = board.people().stream()
                .filter(p -> p.registrationId() == registrationId).findFirst()
                .orElseThrow(() -> new RefusedException("checkin.notRegistered"));
        if (person.present()) {
            return new CheckedIn(person, true);
        }
        registrations.markAttendance(courseId, sessionId, Map.of(registrationId, true));
        // the attendance entry names the session; this one names the person too
        audit.record("registration", registrationId, "CHECKIN", board.course().getCountyCode(),
                describe(board.course(), board.session()));
        return new CheckedIn(new Person(registrationId, person.name(), true), false);
    }

    /**
     * Checks in the person whose code was scanned. A code of another course is refused and changes nothing,
     * as does one that is not a code at all.
     */
    @Transactional
    public CheckedIn checkInByCode(long courseId, long sessionId, String scanned) {
        Course course = NotFoundException.requireFound(em.find(Course.class, courseId), "course " + courseId);
        guard.requireMayEdit(course.owningCounties());
        CheckinCode code = CheckinCode.parse(scanned).orElseThrow(() -> new RefusedException("checkin.unknownCode"));
        CheckinToken token = em.createQuery("select t from CheckinToken t where t.token = :token", CheckinToken.class)
                .setParameter("token", code.bytes())
                .getResultStream().findFirst()
                .orElseThrow(() -> new RefusedException("checkin.unknownCode"));
        if (!CheckinCode.validFor(token.getCourseId(), courseId)) {
            throw new RefusedException("checkin.otherCourse");
        }
        return checkIn(courseId, sessionId, token.getRegistrationId());
    }

    /**
     * Takes back a check-in made by mistake: the mark goes, as if never made, and the registration's status
     * follows {@link AttendanceRule} again.
     */
    @Transactional
    public Person undo(long courseId, long sessionId, long registrationId) {
        Course course = registrations.locked(courseId);
        guard.requireMayEdit(course.owningCounties());
        CourseSession session = sessionOf(course, sessionId);
        Registration registration = em.find(Registration.class, registrationId);
        Attendance attendance = em.find(Attendance.class, new Attendance.Key(registrationId, sessionId));
        if (registration == null || !registration.getCourseId().equals(courseId) || attendance == null
                || !attendance.isPresent()) {
            throw new RefusedException("checkin.notCheckedIn");
        }
        em.remove(attendance);
        em.flush();
        registration.changeStatus(AttendanceRule.statusOf(registrations.attendanceOf(registrationId),
                course.getSessions().size()), clock.instant());
        changeLog.record("registration", registration.getId().toString(), ChangeOperation.UPDATE);
        audit.record("registration", registration.getId(), "CHECKIN_UNDO", course.getCountyCode(),
                describe(course, session));
        return new Person(registrationId, nameOf(registration), false);
    }

    /**
     * The logged-in person's check-in code for their registration, made the first time it is asked for; empty
     * unless the registration has a seat to check in to.
     */
    @Transactional
    public Optional<CheckinCode> myCode(long registrationId) {
        Registration registration = em.find(Registration.class, registrationId);
        Long caller = guard.currentAccountId();
        if (caller == null) {
            throw new AccessDeniedException("a check-in code needs a logged-in person");
        }
        if (registration == null || !registration.getAccountId().equals(caller)) {
            throw new NotFoundException("registration " + registrationId);
        }
        if (!registration.getStatus().isMarkable()) {
            return Optional.empty();
        }
        return Optional.of(codes.of(registration));
    }

    private static CourseSession sessionOf(Course course, long sessionId) {
        return course.getSessions().stream().filter(s -> s.getId() == sessionId).findFirst()
                .orElseThrow(() -> new NotFoundException("session " + sessionId));
    }

    private static String describe(Course course, CourseSession session) {
        return course.getTitle() + " / " + SwedishTime.describe(session.getStartsAt(), session.getEndsAt());
    }

    /** An erased person has no name: the page says so. */
    private String nameOf(Registration registration) {
        String name = accounts.account(registration.getAccountId()).getName();
        return name == null ? "" : name;
    }
}
