package se.kunskapsnav.platform;

import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.RollbackException;
import jakarta.transaction.SystemException;
import jakarta.transaction.TransactionalException;
import org.junit.jupiter.api.Test;

import javax.transaction.xa.XAException;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.SQLTransactionRollbackException;
import java.time.Duration;
import java.util.random.RandomGenerator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TransactionConflictsTest {

    private static SQLException deadlock() {
        return new SQLTransactionRollbackException("Deadlock found when trying to get lock; try restarting transaction",
                "40001", 1213);
    }

    @Test
    void aDeadlockDuringAStatementIsAConflictHoweverDeeplyWrapped() {
        assertTrue(TransactionConflicts.isConflict(deadlock()));
        assertTrue(TransactionConflicts.isConflict(new PersistenceException("flush failed",
                new RuntimeException("EclipseLink's DatabaseException", deadlock()))));
    }

    @Test
    void aDeadlockAtCommitIsAConflict() {
        RollbackException atCommit = new RollbackException("failed before completion");
        atCommit.initCause(new PersistenceException(deadlock()));
        assertTrue(TransactionConflicts.isConflict(new TransactionalException("commit failed", atCommit)));
    }

    @Test
    void aCommitThatAGaleraNodeRefusedIsAConflictThoughPayaraKeepsOnlyTheMessage() {
        // what Payara's local transaction throws when the driver's commit failed: the message, no cause
        XAException refused = new XAException("jakarta.resource.spi.LocalTransactionException: (conn=82) "
                + "Deadlock found when trying to get lock; try restarting transaction");
        refused.errorCode = XAException.XAER_RMERR;
        SystemException atCommit = new SystemException();
        atCommit.initCause(refused);
        assertTrue(TransactionConflicts.isConflict(new TransactionalException("commit failed", atCommit)));

        XAException lost = new XAException("jakarta.resource.spi.LocalTransactionException: Connection reset");
        lost.errorCode = XAException.XAER_RMERR;
        assertFalse(TransactionConflicts.isConflict(lost), "a commit whose outcome is unknown is not run again");
    }

    @Test
    void aRevisionChangedByAnotherTransactionAtCommitIsAConflict() {
        RollbackException atCommit = new RollbackException("failed before completion");
        atCommit.initCause(new OptimisticLockException("the course's revision changed"));
        assertTrue(TransactionConflicts.isConflict(new TransactionalException("commit failed", atCommit)));
    }

    @Test
    void aLockWaitTimeoutAGaleraConflictAndAnXaDeadlockAreConflicts() {
        assertTrue(TransactionConflicts.isConflict(new SQLException("Lock wait timeout exceeded", "HY000", 1205)));
        assertTrue(TransactionConflicts.isConflict(new SQLException(
                "WSREP detected deadlock/conflict and aborted the transaction", "40001", 1213)));
        assertTrue(TransactionConflicts.isConflict(new SQLException(
                "XA_RBDEADLOCK: Transaction branch was rolled back: deadlock was detected", "XA102", 1614)));
        assertTrue(TransactionConflicts.isConflict(new RuntimeException(new XAException(XAException.XA_RBDEADLOCK))));
    }

    @Test
    void aConflictFoundInTheChainOfNextExceptionsOrSuppressedOnesCounts() {
        SQLException batch = new SQLException("batch failed", "HY000", 0);
        batch.setNextException(deadlock());
        assertTrue(TransactionConflicts.isConflict(batch));
        RuntimeException rollbackFailed = new RuntimeException("rollback failed");
        rollbackFailed.addSuppressed(deadlock());
        assertTrue(TransactionConflicts.isConflict(rollbackFailed));
    }

    @Test
    void otherFailuresAreNotRetried() {
        assertFalse(TransactionConflicts.isConflict(new SQLIntegrityConstraintViolationException(
                "Duplicate entry", "23000", 1062)));
        assertFalse(TransactionConflicts.isConflict(new SQLException("Connection refused", "08000", 0)));
        assertFalse(TransactionConflicts.isConflict(new RefusedException("registration.already")));
        assertFalse(TransactionConflicts.isConflict(new TransactionalException("commit failed",
                new RollbackException("marked for rollback"))));
    }

    @Test
    void aCauseThatPointsBackAtItsWrapperEndsTheSearch() {
        RuntimeException outer = new RuntimeException("outer");
        RuntimeException inner = new RuntimeException("inner", outer);
        outer.addSuppressed(inner);
        assertFalse(TransactionConflicts.isConflict(outer));
    }

    @Test
    void pausesAreRandomUpToABoundThatDoubles() {
        assertEquals(Duration.ofMillis(25), TransactionConflicts.pauseBefore(2, drawing(true)));
        assertEquals(Duration.ofMillis(50), TransactionConflicts.pauseBefore(3, drawing(true)));
        assertEquals(Duration.ofMillis(100), TransactionConflicts.pauseBefore(4, drawing(true)));
        assertEquals(Duration.ZERO, TransactionConflicts.pauseBefore(4, drawing(false)));
    }

    /** A random source that always draws the highest or the lowest value allowed. */
    private static RandomGenerator drawing(boolean highest) {
        return new RandomGenerator() {
            @Override
            public long nextLong() {
                return 0;
            }

            @Override
            public long nextLong(long bound) {
                return highest ? bound - 1 : 0;
            }
        };
    }
}
