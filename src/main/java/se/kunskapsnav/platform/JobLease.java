package se.kunskapsnav.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import java.time.Duration;
import java.util.UUID;

/**
 * Work that one instance of many should do: whoever holds the lease named for it. A lease is taken by one atomic
 * update of its {@code job_lease} row, committed at once, that succeeds only when the lease has run out or this
 * instance already holds it; the time is the database's, so the instances' clocks need not agree. An instance
 * that dies simply stops renewing, and its lease runs out. Nothing here elects a leader: each piece of work asks
 * for itself.
 */
@ApplicationScoped
public class JobLease {

    /** This instance, as the holder of its jobs' leases. */
    private final String instance = UUID.randomUUID().toString();

    @PersistenceContext(unitName = "kunskapsnav")
    EntityManager em;

    /** Takes or renews the lease {@code name} for this instance for {@code hold}; false while another holds it. */
    @Transactional(TxType.REQUIRES_NEW)
    public boolean claim(String name, Duration hold) {
        return claim(name, instance, hold);
    }

    /** Takes or renews the lease {@code name} for {@code holder} for {@code hold}; false while another holds it. */
    @Transactional(TxType.REQUIRES_NEW)
    public boolean claim(String name, String holder, Duration hold) {
        // one statement, so the row is locked exclusively from the start; the first assignment takes the lease
        // only when it has run out or is the holder's already, the second renews it only if it was taken
        em.createNativeQuery("""
                        insert into job_lease (name, holder, held_until) values (?, ?, now(3) + interval ? microsecond)
                        on duplicate key update
                            holder = if(held_until < now(3) or holder = values(holder), values(holder), holder),
                            held_until = if(holder = values(holder), values(held_until), held_until)""")
                .setParameter(1, name)
                .setParameter(2, holder)
                .setParameter(3, hold.toNanos() / 1000)
                .executeUpdate();
        return holder.equals(em.createNativeQuery("select holder from job_lease where name = ?")
                .setParameter(1, name)
                .getSingleResult());
    }

    /** Gives the lease up at once, if {@code holder} holds it, so no one need wait for it to run out. */
    @Transactional(TxType.REQUIRES_NEW)
    public void release(String name, String holder) {
        em.createNativeQuery("update job_lease set held_until = now(3) - interval 1 second"
                        + " where name = ? and holder = ?")
                .setParameter(1, name)
                .setParameter(2, holder)
                .executeUpdate();
    }
}
