package se.kunskapsnav.platform;

import jakarta.annotation.Priority;
import jakarta.interceptor.Interceptor;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

/** {@link TransactionRetry} for {@code @Transactional} (REQUIRED): it begins a transaction when none is active. */
@Interceptor
@Transactional(TxType.REQUIRED)
@Priority(TransactionRetry.PRIORITY)
public class RequiredTransactionRetry extends TransactionRetry {

    @Override
    boolean beginsTransaction() {
        return !inTransaction();
    }
}
