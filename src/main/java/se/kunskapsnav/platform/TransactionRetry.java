package se.kunskapsnav.platform;

import jakarta.annotation.Resource;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.transaction.Status;
import jakarta.transaction.TransactionSynchronizationRegistry;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;
import java.util.logging.Logger;

/**
 * Runs a transaction again, from the start, when the database rolled it back because of a conflict with another
 * transaction ({@link TransactionConflicts}): a deadlock, a lock wait timeout, or on a Galera cluster a write that
 * lost the certification against another node's. At most {@link #ATTEMPTS} attempts, with a random pause between
 * them; the last failure goes to the caller as it was.
 * <p>
 * It is bound to {@code @Transactional} itself ({@link RequiredTransactionRetry}, {@link NewTransactionRetry}), so
 * every method that starts a transaction is covered without being marked, and it sits outside the container's
 * transaction interceptor (priority {@value #PRIORITY}, the container's is 200): each attempt is a whole transaction.
 * A method that joins its caller's transaction is left alone, so the retry happens once, at the boundary that
 * began it. Running a method again is safe because everything it changes is in that transaction: rows, the change
 * log, the audit log and the mail outbox roll back with it, and observers of {@code AFTER_SUCCESS} (mail sending,
 * the search index, the reach summary) hear only of the attempt that committed. A method must therefore do nothing
 * outside the database that it could not do twice ({@code FileStore.keep} may be called again for the same upload).
 */
abstract class TransactionRetry {

    private static final Logger LOG = Logger.getLogger(TransactionRetry.class.getName());

    static final int PRIORITY = Interceptor.Priority.PLATFORM_BEFORE + 100;
    static final int ATTEMPTS = 4;

    @Resource
    TransactionSynchronizationRegistry transactions;

    /** Whether the method about to run begins a transaction of its own. */
    abstract boolean beginsTransaction();

    boolean inTransaction() {
        return transactions.getTransactionStatus() != Status.STATUS_NO_TRANSACTION;
    }

    @AroundInvoke
    Object retryOnConflict(InvocationContext invocation) throws Exception {
        if (!beginsTransaction()) {
            return invocation.proceed();
        }
        for (int attempt = 1; ; attempt++) {
            try {
                return invocation.proceed();
            } catch (Exception e) {
                if (attempt == ATTEMPTS || !TransactionConflicts.isConflict(e)) {
                    throw e;
                }
                Duration pause = TransactionConflicts.pauseBefore(attempt + 1, ThreadLocalRandom.current());
                int next = attempt + 1;
                LOG.info(() -> "Transaction " + invocation.getMethod().getDeclaringClass().getSimpleName() + "."
                        + invocation.getMethod().getName() + " gave way to another (" + e + "); attempt " + next
                        + " of " + ATTEMPTS + " in " + pause.toMillis() + " ms");
                try {
                    Thread.sleep(pause);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw e;
                }
            }
        }
    }
}
