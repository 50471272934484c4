package se.kunskapsnav.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import java.time.Clock;
import java.util.List;

/**
 * The outbox. Every service that changes rows records the change here in its own transaction, so a
 * change and its log entry commit or roll back together; consumers read entries in sequence order.
 */
@ApplicationScoped
public class ChangeLog {

    @PersistenceContext(unitName = "kunskapsnav")
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    Event<ChangeRecorded> recorded;

    /** Appends an entry; must be called inside the caller's transaction. */
    @Transactional(TxType.MANDATORY)
    public void record(String entityKind, String entityId, ChangeOperation operation) {
        em.persist(new ChangeLogEntry(entityKind, entityId, operation, clock.instant()));
        recorded.fire(new ChangeRecorded(entityKind, entityId));
    }

    /** Entries after {@code sequence}, oldest first, at most {@code limit} of them. */
    public List<ChangeLogEntry> entriesAfter(long sequence, int limit) {
        return em.createQuery("select e from ChangeLogEntry e where e.sequence > :sequence order by e.sequence",
                        ChangeLogEntry.class)
                .setParameter("sequence", sequence)
                .setMaxResults(limit)
                .getResultList();
    }

    /** How many entries there are after {@code sequence}. */
    public long countAfter(long sequence) {
        return em.createQuery("select count(e) from ChangeLogEntry e where e.sequence > :sequence", Long.class)
                .setParameter("sequence", sequence)
                .getSingleResult();
    }

    /** The highest sequence written so far, or 0. */
    public long lastSequence() {
        Long last = em.createQuery("select max(e.sequence) from ChangeLogEntry e", Long.class).getSingleResult();
        return last == null ? 0 : last;
    }
}
