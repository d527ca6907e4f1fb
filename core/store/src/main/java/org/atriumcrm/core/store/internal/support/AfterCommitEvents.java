package org.atriumcrm.core.store.internal.support;

import java.util.Map;

import javax.transaction.Status;
import javax.transaction.TransactionSynchronizationRegistry;

import org.atriumcrm.core.event.ClientEvents;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;

/** Posts events once the surrounding transaction has committed, and never after a rollback. */
public final class AfterCommitEvents {

    private final EventAdmin eventAdmin;
    private final TransactionSynchronizationRegistry transactions;

    public AfterCommitEvents(EventAdmin eventAdmin, TransactionSynchronizationRegistry transactions) {
        this.eventAdmin = eventAdmin;
        this.transactions = transactions;
    }

    public void clientChanged(String topic, String clientId) {
        post(topic, Map.of(ClientEvents.PROP_CLIENT_ID, clientId));
    }

    /** @param properties ids and names only, never entities */
    public void post(String topic, Map<String, ?> properties) {
        Event event = new Event(topic, properties);
        if (transactions.getTransactionKey() == null) {
            eventAdmin.postEvent(event);
            return;
        }
        AfterCompletion.register(transactions, status -> {
            if (status == Status.STATUS_COMMITTED) {
                eventAdmin.postEvent(event);
            }
        });
    }
}
