package se.kunskapsnav.accounts;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Failed logins per e-mail address (stored hashed in {@code login_throttle}), kept whether or not an account has
 * the address, so that being locked out tells nobody which addresses exist. The fifth failure in a row locks the
 * address for 15 minutes.
 * <p>
 * Any number of instances may count the same address at once, so the count is one SQL statement that inserts or
 * increments the row and sets the lock under the row's lock: no read-then-write for another request to overtake.
 * The count runs from 1 to 5; a failure after the fifth (one that raced in during a lock, or the first after the
 * lock ended) starts it again at 1 and leaves a running lock as it is.
 */
@ApplicationScoped
class LoginThrottle {

    static final int MAX_FAILURES = 5;
    static final Duration LOCK = Duration.ofMinutes(15);

    @PersistenceContext(unitName = "kunskapsnav")
    EntityManager em;

    @Transactional(Transactional.TxType.MANDATORY)
    boolean isLocked(String email, Instant now) {
        return lockedAt(email, now, "");
    }

    /** Counts a failure; answers whether the address is locked now (this failure may have been the fifth). */
    @Transactional(Transactional.TxType.MANDATORY)
    boolean failed(String email, Instant now) {
        // locked_until is assigned first, from the row as it was, so the statement means the same whether the
        // server assigns left to right (MariaDB's default) or all at once (SIMULTANEOUS_ASSIGNMENT)
        em.createNativeQuery("""
                        insert into login_throttle (email_hash, failures, locked_until) values (?, 1, null)
                        on duplicate key update
                            locked_until = case when locked_until > ? then locked_until
                                                when failures = ? then ?
                                                else null end,
                            failures = if(failures >= ?, 1, failures + 1)""")
                .setParameter(1, hash(email))
                .setParameter(2, Timestamp.from(now))
                .setParameter(3, MAX_FAILURES - 1)
                .setParameter(4, Timestamp.from(now.plus(LOCK)))
                .setParameter(5, MAX_FAILURES)
                .executeUpdate();
        return isLocked(email, now);
    }

    /**
     * The right password was given: forgets the failures, unless failures racing in meanwhile locked the address,
     * which answers true (the login is refused).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    boolean succeeded(String email, Instant now) {
        // a locking read sees the latest committed row, not the snapshot of the transaction's first read
        boolean locked = lockedAt(email, now, " for update");
        if (!locked) {
            clear(email);
        }
        return locked;
    }

    /** Forgets the address's failures and lifts its lock (a reset link reached the address). */
    @Transactional(Transactional.TxType.MANDATORY)
    void clear(String email) {
        em.createNativeQuery("delete from login_throttle where email_hash = ?").setParameter(1, hash(email))
                .executeUpdate();
    }

    private boolean lockedAt(String email, Instant now, String lockClause) {
        List<?> rows = em.createNativeQuery("select locked_until > ? from login_throttle where email_hash = ?"
                        + lockClause)
                .setParameter(1, Timestamp.from(now))
                .setParameter(2, hash(email))
                .getResultList();
        Object locked = rows.isEmpty() ? null : rows.getFirst();
        return Boolean.TRUE.equals(locked) || locked instanceof Number number && number.intValue() == 1;
    }

    private static String hash(String email) {
        return Secrets.sha256(AccountService.normaliseEmail(email));
    }
}
