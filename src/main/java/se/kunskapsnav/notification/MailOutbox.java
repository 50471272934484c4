package se.kunskapsnav.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The mail outbox table. A row is claimed by one sender at a time (an atomic update, so several portal
 * instances never send the same mail twice), then marked sent, or released for a later attempt.
 */
@ApplicationScoped
public class MailOutbox {

    static final int MAX_ATTEMPTS = 5;
    /** A claim older than this belongs to a sender that died; the row may be claimed again. */
    static final Duration STALE_CLAIM = Duration.ofMinutes(10);

    @PersistenceContext(unitName = "kunskapsnav")
    EntityManager em;

    @Inject
    Clock clock;

    @Transactional(TxType.MANDATORY)
    void store(MailMessage mail) {
        em.persist(new OutgoingMail(mail, clock.instant()));
    }

    /** Ids of mail waiting to be sent, oldest first. */
    @Transactional(TxType.REQUIRES_NEW)
    List<Long> pending(int limit) {
        return em.createQuery("""
                        select m.id from OutgoingMail m
                        where m.sentAt is null and m.attempts < :maxAttempts
                          and (m.claimedAt is null or m.claimedAt < :stale)
                        order by m.id""", Long.class)
                .setParameter("maxAttempts", MAX_ATTEMPTS)
                .setParameter("stale", clock.instant().minus(STALE_CLAIM))
                .setMaxResults(limit)
                .getResultList();
    }

    /** The mail, if this caller won the claim on it. */
    @Transactional(TxType.REQUIRES_NEW)
    Optional<MailMessage> claim(long id) {
        Instant now = clock.instant();
        int claimed = em.createQuery("""
                        update OutgoingMail m set m.claimedAt = :now
                        where m.id = :id and m.sentAt is null and (m.claimedAt is null or m.claimedAt < :stale)""")
                .setParameter("now", now)
                .setParameter("id", id)
                .setParameter("stale", now.minus(STALE_CLAIM))
                .executeUpdate();
        if (claimed == 0) {
            return Optional.empty();
        }
        return Optional.of(em.find(OutgoingMail.class, id).toMessage());
    }

    @Transactional(TxType.REQUIRES_NEW)
    void sent(long id) {
        em.createQuery("update OutgoingMail m set m.sentAt = :now where m.id = :id")
                .setParameter("now", clock.instant()).setParameter("id", id).executeUpdate();
    }

    @Transactional(TxType.REQUIRES_NEW)
    void failed(long id) {
        em.createQuery("update OutgoingMail m set m.claimedAt = null, m.attempts = m.attempts + 1 where m.id = :id")
                .setParameter("id", id).executeUpdate();
    }

    /** How many mails wait to be sent (for tests and the health of the mail flow). */
    public long waiting() {
        return em.createQuery("select count(m) from OutgoingMail m where m.sentAt is null and m.attempts < :max",
                Long.class).setParameter("max", MAX_ATTEMPTS).getSingleResult();
    }
}
