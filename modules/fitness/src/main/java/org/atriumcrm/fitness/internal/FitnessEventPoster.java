package org.atriumcrm.fitness.internal;

import java.util.Map;

import javax.transaction.Status;
import javax.transaction.Synchronization;
import javax.transaction.TransactionSynchronizationRegistry;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;

/** Posts the module's events once the surrounding transaction has committed, never after a rollback. */
@Component(service = FitnessEventPoster.class)
public class FitnessEventPoster {

    private final EventAdmin eventAdmin;
    private final TransactionSynchronizationRegistry transactions;

    @Activate
    public FitnessEventPoster(@Reference EventAdmin eventAdmin, @Reference TransactionSynchronizationRegistry transactions) {
        this.eventAdmin = eventAdmin;
        this.transactions = transactions;
    }

    /** @param properties ids and plain values only, never entities */
    void post(String topic, Map<String, ?> properties) {
        Event event = new Event(topic, properties);
        if (transactions.getTransactionKey() == null) {
            eventAdmin.postEvent(event);
            return;
        }
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
                // nothing to prepare
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    eventAdmin.postEvent(event);
                }
            }
        });
    }
}
