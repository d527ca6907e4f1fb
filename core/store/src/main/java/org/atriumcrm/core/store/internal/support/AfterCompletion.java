package org.atriumcrm.core.store.internal.support;

import java.util.function.IntConsumer;

import javax.transaction.Synchronization;
import javax.transaction.TransactionSynchronizationRegistry;

/** Runs something once the current JTA transaction has ended, given how it ended. */
public final class AfterCompletion {

    private AfterCompletion() {
    }

    /** @param action receives the {@link javax.transaction.Status} the transaction ended with */
    public static void register(TransactionSynchronizationRegistry transactions, IntConsumer action) {
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
                // nothing to prepare
            }

            @Override
            public void afterCompletion(int status) {
                action.accept(status);
            }
        });
    }
}
