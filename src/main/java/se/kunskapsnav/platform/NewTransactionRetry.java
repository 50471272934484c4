package se.kunskapsnav.platform;

import jakarta.annotation.Priority;
import jakarta.interceptor.Interceptor;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

/** {@link TransactionRetry} for {@code @Transactional(REQUIRES_NEW)}: it always begins a transaction of its own. */
@Interceptor
@Transactional(TxType.REQUIRES_NEW)
@Priority(TransactionRetry.PRIORITY)
public class NewTransactionRetry extends TransactionRetry {

    @Override
    boolean beginsTransaction() {
        return true;
    }
}
