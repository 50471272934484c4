package se.kunskapsnav.webcourse;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import se.kunskapsnav.accounts.Account;
import se.kunskapsnav.accounts.AccountService;
import se.kunskapsnav.accounts.PersonalData;
import se.kunskapsnav.accounts.PersonalDataRequest;
import se.kunskapsnav.accounts.Role;
import se.kunskapsnav.accounts.RoleService;
import se.kunskapsnav.courses.Certificate;
import se.kunskapsnav.courses.CertificatePdf;
import se.kunskapsnav.courses.RegistrationService;
import se.kunskapsnav.courses.SwedishTime;
import se.kunskapsnav.platform.AccessDeniedException;
import se.kunskapsnav.platform.ChangeLog;
import se.kunskapsnav.platform.ChangeOperation;
import se.kunskapsnav.platform.InvalidInputException;
import se.kunskapsnav.platform.Messages;
import se.kunskapsnav.platform.NotFoundException;
import se.kunskapsnav.platform.RefusedException;
import se.kunskapsnav.platform.TenancyGuard;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The individual track: enrolment, lessons read, quiz attempts, completion and the certificate. Every
 * write is the logged-in person's own; progress is read against the content loaded at start-up.
 */
@ApplicationScoped
public class WebCourseService {

    /** The course kind whose attendees are offered the course leader role. */
    static final String COURSE_LEADER_TRAINING = "kursledarutbildning";

    @PersistenceContext(unitName = "kunskapsnav")
    EntityManager em;

    @Inject
    CourseContentLoader loader;

    @Inject
    TenancyGuard guard;

    @Inject
    AccountService accounts;

    @Inject
    RoleService roles;

    @Inject
    RegistrationService registrations;

    @Inject
    ChangeLog changeLog;

    @Inject
    Clock clock;

    public CourseContent content() {
        return loader.content();
    }

    public CourseModule module(String code) {
        return content().module(code).orElseThrow(() -> new NotFoundException("web course module " + code));
    }

    public Lesson lesson(String moduleCode, String lessonCode) {
        return module(moduleCode).lesson(lessonCode)
                .orElseThrow(() -> new NotFoundException("web course lesson " + moduleCode + "/" + lessonCode));
    }

    public Optional<Enrolment> enrolmentOf(long accountId) {
        return em.createQuery("select e from Enrolment e where e.accountId = :account", Enrolment.class)
                .setParameter("account", accountId)
                .getResultStream().findFirst();
    }

    /** The logged-in person's enrolment, if they have begun the course. */
    public Optional<Enrolment> myEnrolment() {
        Long accountId = guard.currentAccountId();
        return accountId == null ? Optional.empty() : enrolmentOf(accountId);
    }

    /** The logged-in person's enrolment; refused when they have not begun the course. */
    public Enrolment requireMyEnrolment() {
        return enrolmentOf(currentAccount()).orElseThrow(() -> new RefusedException("webcourse.notEnrolled"));
    }

    /** Begins the course for the logged-in person; enrolling twice is harmless. */
    @Transactional
    public Enrolment enrol() {
        long accountId = currentAccount();
        return enrolmentOf(accountId).orElseGet(() -> enrolAccount(accountId));
    }

    /** Enrols a person in the caller's transaction (the caller checked who may); study groups use it too. */
    Enrolment enrolAccount(long accountId) {
        Optional<Enrolment> existing = enrolmentOf(accountId);
        if (existing.isPresent()) {
            return existing.get();
        }
        Account account = accounts.account(accountId);
        if (!account.isVerified()) {
            throw new RefusedException("registration.notVerified");
        }
        Enrolment enrolment = new Enrolment(accountId, account.profile(), clock.instant(), today());
        em.persist(enrolment);
        em.flush();
        changeLog.record("webcourse_enrolment", enrolment.getId().toString(), ChangeOperation.CREATE);
        return enrolment;
    }

    /** Progress of an enrolment against the loaded content. */
    public CourseProgress progress(Enrolment enrolment) {
        Map<LessonRef, String> read = em.createQuery("select r from LessonRead r where r.enrolmentId = :enrolment",
                        LessonRead.class)
                .setParameter("enrolment", enrolment.getId())
                .getResultStream().collect(Collectors.toMap(LessonRead::ref, LessonRead::getContentHash));
        Set<String> passed = Set.copyOf(em.createQuery("select distinct a.moduleCode from QuizAttempt a "
                        + "where a.enrolmentId = :enrolment and a.passed = true", String.class)
                .setParameter("enrolment", enrolment.getId())
                .getResultList());
        return CourseProgress.of(content(), read, passed);
    }

    /** The logged-in person has read a lesson; completes the course when that was the last step. */
    @Transactional
    public CourseProgress markRead(String moduleCode, String lessonCode) {
        Lesson lesson = lesson(moduleCode, lessonCode);
        Enrolment enrolment = lockedEnrolment();
        LessonRead read = em.find(LessonRead.class, new LessonRead.Key(enrolment.getId(), moduleCode, lessonCode));
        if (read == null) {
            em.persist(new LessonRead(enrolment.getId(), moduleCode, lesson, clock.instant()));
        } else {
            read.read(lesson, clock.instant());
        }
        em.flush();
        return completeIfDone(enrolment);
    }

    /**
     * Grades the logged-in person's answers to a module's quiz (one chosen answer position per question,
     * from 0) and keeps the attempt; retries are allowed. A module that is not in the loaded course is
     * refused, as is an incomplete set of answers; nothing is saved then.
     */
    @Transactional
    public QuizResult answerQuiz(String moduleCode, List<Integer> answers) {
        CourseModule module = content().module(moduleCode)
                .orElseThrow(() -> new RefusedException("webcourse.moduleNotLoaded", moduleCode));
        Map<String, String> problems = module.quiz().unanswered(answers);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        Enrolment enrolment = lockedEnrolment();
        QuizResult result = module.quiz().grade(answers);
        em.persist(new QuizAttempt(enrolment.getId(), moduleCode, module.quiz(), result, clock.instant()));
        em.flush();
        completeIfDone(enrolment);
        return result;
    }

    /** The logged-in person's attempts at a module's quiz, newest first. */
    public List<QuizAttempt> myAttempts(String moduleCode) {
        return myEnrolment().map(enrolment -> em.createQuery("select a from QuizAttempt a where a.enrolmentId = "
                                + ":enrolment and a.moduleCode = :module order by a.id desc", QuizAttempt.class)
                        .setParameter("enrolment", enrolment.getId())
                        .setParameter("module", moduleCode)
                        .getResultList())
                .orElse(List.of());
    }

    private CourseProgress completeIfDone(Enrolment enrolment) {
        CourseProgress progress = progress(enrolment);
        if (progress.complete() && !enrolment.isCompleted()) {
            enrolment.complete(clock.instant(), today(), loader.versionId());
            changeLog.record("webcourse_enrolment", enrolment.getId().toString(), ChangeOperation.UPDATE);
        }
        return progress;
    }

    /** The certificate of the logged-in person, once they have completed the course. */
    public byte[] myCertificate() {
        Enrolment enrolment = requireMyEnrolment();
        if (!enrolment.isCompleted()) {
            throw new RefusedException("webcourse.certificate.notCompleted");
        }
        Account account = accounts.account(enrolment.getAccountId());
        CourseContent course = content();
        List<String> modules = course.modules().stream()
                .map(m -> Messages.get("webcourse.certificate.module", m.number(), m.title())).toList();
        return CertificatePdf.render(new Certificate(
                Messages.get("webcourse.certificate.statement", account.getName()), course.title(),
                Messages.get("webcourse.certificate.organiser"), modules,
                Messages.get("webcourse.certificate.completedOn", SwedishTime.date(enrolment.getCompletedAt())),
                today(), "KN-W-" + enrolment.getId()));
    }

    // ---- the course leader role

    /** Whether the logged-in person attended course-leader training but is not yet a course leader. */
    public boolean courseLeaderOffered() {
        Long accountId = guard.currentAccountId();
        return accountId != null && !roles.rolesOf(accountId).roles().contains(Role.COURSE_LEADER)
                && registrations.attendedCourseOfKind(accountId, COURSE_LEADER_TRAINING);
    }

    /** The logged-in person takes the course leader role their training earned them. */
    @Transactional
    public void acceptCourseLeaderOffer() {
        if (!courseLeaderOffered()) {
            throw new RefusedException("webcourse.leader.notOffered");
        }
        roles.takeEarnedCourseLeaderRole("attended course-leader training");
    }

    // ---- personal data

    void personalDataRequested(@Observes PersonalDataRequest request) {
        enrolmentOf(request.accountId()).ifPresent(enrolment -> {
            CourseProgress progress = progress(enrolment);
            request.add(new PersonalData.Entry("webcourse_enrolment", content().title(),
                    enrolment.isCompleted() ? "COMPLETED" : "ENROLLED", enrolment.getEnrolledAt(),
                    Messages.get("webcourse.personalData.progress", progress.percent(), progress.modulesDone(),
                            progress.modules().size())));
        });
    }

    /** One step at a time per person, so two tabs taking the last steps complete the course once. */
    private Enrolment lockedEnrolment() {
        return em.createQuery("select e from Enrolment e where e.accountId = :account", Enrolment.class)
                .setParameter("account", currentAccount())
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream().findFirst()
                .orElseThrow(() -> new RefusedException("webcourse.notEnrolled"));
    }

    private long currentAccount() {
        Long accountId = guard.currentAccountId();
        if (accountId == null) {
            throw new AccessDeniedException("the web course needs a logged-in person");
        }
        return accountId;
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(SwedishTime.ZONE));
    }
}
