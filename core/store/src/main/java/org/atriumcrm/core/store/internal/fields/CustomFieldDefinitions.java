package org.atriumcrm.core.store.internal.fields;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import javax.transaction.Status;
import javax.transaction.TransactionSynchronizationRegistry;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.atriumcrm.core.api.CustomField;
import org.atriumcrm.core.api.RecordKind;
import org.atriumcrm.core.store.internal.clients.JpaClientService;
import org.atriumcrm.core.store.internal.schema.CoreSchema;
import org.atriumcrm.core.store.internal.support.AfterCompletion;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The custom field definitions of each record kind, as every read and check of a record needs them:
 * read from the database at most once a second, and again at once after a definition changed on this
 * node. A change made on another node counts here within a second.
 */
@Component(service = CustomFieldDefinitions.class)
public class CustomFieldDefinitions {

    private static final long FRESH_NANOS = 1_000_000_000L;

    private record Snapshot(List<CustomField> fields, long readAt, long generation) {
    }

    private final JpaTemplate jpa;
    private final TransactionSynchronizationRegistry transactions;
    private final AtomicLong generation = new AtomicLong();
    private final Map<RecordKind, Snapshot> snapshots = new EnumMap<>(RecordKind.class);

    @Activate
    public CustomFieldDefinitions(@Reference(target = JpaClientService.UNIT_FILTER) JpaTemplate jpa,
                                  @Reference CoreSchema schema,
                                  @Reference TransactionSynchronizationRegistry transactions) {
        this.jpa = jpa;
        this.transactions = transactions;
    }

    /** The definitions of {@code kind}, in the order they were made. */
    public List<CustomField> of(RecordKind kind) {
        long now = System.nanoTime();
        Snapshot snapshot;
        synchronized (snapshots) {
            snapshot = snapshots.get(kind);
        }
        if (snapshot != null && snapshot.generation() == generation.get() && now - snapshot.readAt() < FRESH_NANOS) {
            return snapshot.fields();
        }
        // the generation before the read: a change committed during it makes this snapshot stale at once
        long readFor = generation.get();
        List<CustomField> fields = jpa.txExpr(TransactionType.Supports, em -> CustomValues.definitions(em, kind));
        if (transactions.getTransactionStatus() == Status.STATUS_NO_TRANSACTION) {
            synchronized (snapshots) {
                snapshots.put(kind, new Snapshot(fields, now, readFor));
            }
        }
        return fields;
    }

    /** To be called in the transaction that changes a definition: the snapshots are stale once it has ended. */
    void changing() {
        generation.incrementAndGet();
        AfterCompletion.register(transactions, status -> generation.incrementAndGet());
    }
}
