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
import java.sql.Timestamp;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * The mail outbox table. Rows are claimed in batches by one sending pass at a time (an atomic update, so
 * several portal instances never send the same mail twice), then marked sent, or released for a later
 * attempt.
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

    /**
     * Claims up to {@code limit} waiting mails for one sending pass with a single atomic update, so
     * several portal instances never send the same mail, and answers them by id, oldest first.
     */
    @Transactional(TxType.REQUIRES_NEW)
    Map<Long, MailMessage> claim(int limit) {
        Instant now = clock.instant();
        String pass = UUID.randomUUID().toString();
        em.createNativeQuery("""
                        update mail_outbox set claimed_at = ?, claimed_by = ?
                        where sent_at is null and attempts < ? and (claimed_at is null or claimed_at < ?)
                        order by id limit ?""")
                .setParameter(1, Timestamp.from(now))
                .setParameter(2, pass)
                .setParameter(3, MAX_ATTEMPTS)
                .setParameter(4, Timestamp.from(now.minus(STALE_CLAIM)))
                .setParameter(5, limit)
                .executeUpdate();
        Map<Long, MailMessage> claimed = new LinkedHashMap<>();
        em.createQuery("select m from OutgoingMail m where m.claimedBy = :pass order by m.id", OutgoingMail.class)
                .setParameter("pass", pass)
                .getResultList()
                .forEach(mail -> claimed.put(mail.getId(), mail.toMessage()));
        return claimed;
    }

    @Transactional(TxType.REQUIRES_NEW)
    void sent(Collection<Long> ids) {
        if (!ids.isEmpty()) {
            em.createQuery("update OutgoingMail m set m.sentAt = :now where m.id in :ids")
                    .setParameter("now", clock.instant()).setParameter("ids", ids).executeUpdate();
        }
    }

    @Transactional(TxType.REQUIRES_NEW)
    void failed(long id) {
        em.createQuery("""
                        update OutgoingMail m set m.claimedAt = null, m.claimedBy = null, m.attempts = m.attempts + 1
                        where m.id = :id""")
                .setParameter("id", id).executeUpdate();
    }
}
