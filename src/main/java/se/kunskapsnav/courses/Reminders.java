package se.kunskapsnav.courses;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import se.kunskapsnav.accounts.Account;
import se.kunskapsnav.accounts.AccountService;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** Reminds people with a seat two days before each session; each session is reminded once. */
@ApplicationScoped
public class Reminders {

    /** How long before a session its reminder goes; network meetings use the same. */
    public static final Duration AHEAD = Duration.ofDays(2);

    @PersistenceContext(unitName = "kunskapsnav")
    EntityManager em;

    @Inject
    AccountService accounts;

    @Inject
    CourseMails mails;

    @Inject
    Clock clock;

    /** Sends the reminders now due; answers how many mails. */
    @Transactional
    public int sendDue() {
        Instant now = clock.instant();
        List<CourseSession> due = em.createQuery("""
                        select s from CourseSession s
                        where s.remindedAt is null and s.startsAt > :now and s.startsAt <= :until
                          and s.course.status = :published""", CourseSession.class)
                .setParameter("now", now)
                .setParameter("until", now.plus(AHEAD))
                .setParameter("published", CourseStatus.PUBLISHED)
                .getResultList();
        int sent = 0;
        for (CourseSession session : due) {
            session.reminded(now);
            List<Registration> people = em.createQuery("""
                            select r from Registration r
                            where r.courseId = :course and r.status = :confirmed""", Registration.class)
                    .setParameter("course", session.getCourse().getId())
                    .setParameter("confirmed", RegistrationStatus.CONFIRMED)
                    .getResultList();
            for (Registration registration : people) {
                Account account = accounts.account(registration.getAccountId());
                if (account.getEmail() != null) {
                    mails.reminder(session.getCourse(), registration, account);
                    sent++;
                }
            }
        }
        return sent;
    }
}
