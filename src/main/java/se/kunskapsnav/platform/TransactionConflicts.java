package se.kunskapsnav.platform;

import jakarta.persistence.OptimisticLockException;

import javax.transaction.xa.XAException;

import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Set;
import java.util.random.RandomGenerator;

/**
 * Which failures mean that the database gave up on a transaction because of another one, so that the whole
 * transaction may simply run again: a deadlock (MariaDB error 1213, SQLState 40001, which is also how a Galera
 * cluster reports a write that lost the certification against another node's), a lock wait timeout (1205), and
 * the XA branch rolled back for a deadlock (1614, {@code XA_RBDEADLOCK}) that the container may see instead, a
 * commit that a Galera node refused for a conflict, and an entity whose revision ({@code @Version}) another
 * transaction changed meanwhile.
 * Nothing else is retried: a broken constraint or a lost connection would fail the same way again.
 */
public final class TransactionConflicts {

    static final int DEADLOCK = 1213;
    static final int LOCK_WAIT_TIMEOUT = 1205;
    static final int XA_BRANCH_DEADLOCK = 1614;
    static final String SERIALIZATION_FAILURE = "40001";
    /** MariaDB's text for error 1213, the only trace of it when the commit itself failed (see below). */
    static final String DEADLOCK_TEXT = "Deadlock found when trying to get lock";

    /** The first pause's upper bound; it doubles with every attempt. */
    static final Duration FIRST_PAUSE = Duration.ofMillis(25);

    private TransactionConflicts() {
    }

    /** Whether the failure, or anything it was caused by, is a conflict with another transaction. */
    public static boolean isConflict(Throwable failure) {
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        Deque<Throwable> toLook = new ArrayDeque<>();
        toLook.push(failure);
        while (!toLook.isEmpty()) {
            Throwable current = toLook.pop();
            if (!seen.add(current)) {
                continue;
            }
            if (current instanceof SQLException sql) {
                int code = sql.getErrorCode();
                if (code == DEADLOCK || code == LOCK_WAIT_TIMEOUT || code == XA_BRANCH_DEADLOCK
                        || SERIALIZATION_FAILURE.equals(sql.getSQLState())) {
                    return true;
                }
                if (sql.getNextException() != null) {
                    toLook.push(sql.getNextException());
                }
            }
            if (current instanceof XAException xa && (xa.errorCode == XAException.XA_RBDEADLOCK
                    || xa.errorCode == XAException.XAER_RMERR && String.valueOf(xa.getMessage()).contains(DEADLOCK_TEXT))) {
                // A Galera node checks a transaction against the other nodes' writes only at commit, and Payara
                // reports a commit that failed as an XAException carrying the driver's message but not its cause.
                // The transaction was rolled back: running it again is as safe as after any other deadlock.
                return true;
            }
            if (current instanceof OptimisticLockException) {
                return true; // a row's revision changed under the transaction; run again, it reads the new one
            }
            if (current.getCause() != null) {
                toLook.push(current.getCause());
            }
            for (Throwable suppressed : current.getSuppressed()) {
                toLook.push(suppressed);
            }
        }
        return false;
    }

    /**
     * How long to wait before attempt {@code attempt} (2 for the first retry): a random time up to
     * 25 ms × 2^(attempt − 2), so two transactions that collided do not start again in step.
     */
    static Duration pauseBefore(int attempt, RandomGenerator random) {
        long bound = FIRST_PAUSE.toMillis() << (attempt - 2);
        return Duration.ofMillis(random.nextLong(bound + 1));
    }
}
