package se.kunskapsnav.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.sql.Timestamp;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The mail outbox table. Rows are claimed in batches by one sending pass at a time (an atomic update, so
 * several portal instances never send the same mail twice); the pass renews its claim while it sends (every
 * {@link #RENEW}) and marks each mail sent right after sending it, or releases it for a later attempt. A pass
 * that dies leaves at most the mail it was sending unmarked: that one may go out twice; the rest of its batch is
 * claimed by another pass once {@link #CLAIM} has run out.
 */
@ApplicationScoped
public class MailOutbox {

    static final int MAX_ATTEMPTS = 5;
    /**
     * A claim older than this belongs to a sender that died; the row may be claimed again. Longer than a pass
     * takes between renewals and one mail ({@link #RENEW} plus the SMTP time-outs of ten seconds per step).
     */
    static final Duration CLAIM = Duration.ofSeconds(60);
    /** How often a sending pass renews its claim: often enough that one slow mail cannot outlast it. */
    static final Duration RENEW = Duration.ofSeconds(20);

    @PersistenceContext(unitName = "kunskapsnav")
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    Event<MailRendering> rendering;

    @Transactional(TxType.MANDATORY)
    void store(MailMessage mail) {
        em.persist(new OutgoingMail(mail, clock.instant()));
    }

    /** Events as rows of their own, with one statement: EclipseLink writes rows with generated keys one at a time. */
    @Transactional(TxType.MANDATORY)
    void store(MailEvents events) {
        if (events.events().isEmpty()) {
            return;
        }
        Query insert = em.createNativeQuery("""
                INSERT INTO mail_outbox (recipient, event_kind, event_subject, event_detail, created_at, attempts)
                VALUES """ + String.join(", ", Collections.nCopies(events.events().size(), "(?, ?, ?, ?, ?, 0)")));
        Timestamp now = Timestamp.from(clock.instant());
        int parameter = 1;
        for (MailEvent event : events.events()) {
            insert.setParameter(parameter++, event.to())
                    .setParameter(parameter++, event.kind())
                    .setParameter(parameter++, event.subject())
                    .setParameter(parameter++, event.detail())
                    .setParameter(parameter++, now);
        }
        insert.executeUpdate();
    }

    /** The mails one pass claimed, by id, oldest first. */
    record Claimed(String pass, Map<Long, Pending> mails) {
    }

    /** A claimed mail: written ({@code mail}), or to be written from its {@code event} when sent. */
    record Pending(MailMessage mail, MailEvent event) {
    }

    /**
     * Writes a mail stored as an event, from the rows as they are now, by the feature that fired it (in a
     * transaction of its own, so what the feature writes while rendering, such as a check-in code, commits with
     * it); empty when there is nothing to send.
     */
    @Transactional(TxType.REQUIRES_NEW)
    Optional<MailMessage> render(MailEvent event) {
        MailRendering mail = new MailRendering(event);
        rendering.fire(mail);
        return mail.message();
    }

    /**
     * Claims up to {@code limit} waiting mails for one sending pass with a single atomic update, so
     * several portal instances never send the same mail.
     */
    @Transactional(TxType.REQUIRES_NEW)
    Claimed claim(int limit) {
        Instant now = clock.instant();
        String pass = UUID.randomUUID().toString();
        em.createNativeQuery("""
                        update mail_outbox set claimed_at = ?, claimed_by = ?
                        where sent_at is null and attempts < ? and (claimed_at is null or claimed_at < ?)
                        order by id limit ?""")
                .setParameter(1, Timestamp.from(now))
                .setParameter(2, pass)
                .setParameter(3, MAX_ATTEMPTS)
                .setParameter(4, Timestamp.from(now.minus(CLAIM)))
                .setParameter(5, limit)
                .executeUpdate();
        Map<Long, Pending> claimed = new LinkedHashMap<>();
        em.createQuery("select m from OutgoingMail m where m.claimedBy = :pass order by m.id", OutgoingMail.class)
                .setParameter("pass", pass)
                // the batch's files in one query, not one per mail
                .setHint("eclipselink.batch", "m.attachments")
                .setHint("eclipselink.batch.type", "IN")
                .getResultList()
                .forEach(mail -> claimed.put(mail.getId(), mail.toPending()));
        return new Claimed(pass, claimed);
    }

    /**
     * Renews the pass's claim on its mails not sent yet and answers which they are: a mail whose claim ran out and
     * went to another pass is not among them.
     */
    @Transactional(TxType.REQUIRES_NEW)
    Set<Long> renew(String pass) {
        em.createNativeQuery("update mail_outbox set claimed_at = ? where claimed_by = ? and sent_at is null")
                .setParameter(1, Timestamp.from(clock.instant()))
                .setParameter(2, pass)
                .executeUpdate();
        return new HashSet<>(em.createQuery(
                        "select m.id from OutgoingMail m where m.claimedBy = :pass and m.sentAt is null", Long.class)
                .setParameter("pass", pass)
                .getResultList());
    }

    @Transactional(TxType.REQUIRES_NEW)
    void sent(long id) {
        em.createQuery("update OutgoingMail m set m.sentAt = :now where m.id = :id")
                .setParameter("now", clock.instant()).setParameter("id", id).executeUpdate();
    }

    @Transactional(TxType.REQUIRES_NEW)
    void failed(long id) {
        em.createQuery("""
                        update OutgoingMail m set m.claimedAt = null, m.claimedBy = null, m.attempts = m.attempts + 1
                        where m.id = :id""")
                .setParameter("id", id).executeUpdate();
    }
}
