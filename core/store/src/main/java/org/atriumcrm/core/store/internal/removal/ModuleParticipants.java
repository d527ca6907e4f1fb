package org.atriumcrm.core.store.internal.removal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import javax.persistence.EntityManager;
import javax.transaction.Status;
import javax.transaction.TransactionSynchronizationRegistry;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.atriumcrm.core.spi.MergeParticipant;
import org.atriumcrm.core.store.internal.removal.RemovalJournal.Removal;
import org.atriumcrm.core.store.internal.schema.CoreSchema;
import org.atriumcrm.core.store.internal.support.AfterCompletion;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The modules' {@link MergeParticipant}s, called in a merge's or deletion's transaction, which also
 * records in the {@link RemovalJournal} that each of them applied it. A participant that appears
 * (its module installed or started again) first catches up, on a thread of its own, with every
 * removal it has not applied, oldest first, each in a transaction of its own; it stops at the first
 * that fails and tries again at its next start, since later ones may build on it.
 */
@Component(service = ModuleParticipants.class, immediate = true)
public class ModuleParticipants {

    private static final Logger LOG = LoggerFactory.getLogger(ModuleParticipants.class);
    /** Removals read per query of a catch-up. */
    private static final int BATCH = 100;

    private final JpaTemplate jpa;
    private final TransactionSynchronizationRegistry transactions;
    private final Set<MergeParticipant> participants = new CopyOnWriteArraySet<>();
    private final ExecutorService catchUps = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "atrium-module-catch-up");
        thread.setDaemon(true);
        return thread;
    });
    private volatile boolean active = true;

    @Activate
    public ModuleParticipants(@Reference(target = "(osgi.unit.name=atrium-core)") JpaTemplate jpa,
                              @Reference TransactionSynchronizationRegistry transactions, @Reference CoreSchema schema) {
        this.jpa = jpa;
        this.transactions = transactions;
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addParticipant(MergeParticipant participant) {
        participants.add(participant);
        catchUp(participant);
    }

    void removeParticipant(MergeParticipant participant) {
        participants.remove(participant);
    }

    @Deactivate
    void stop() {
        active = false;
        catchUps.shutdownNow();
    }

    /** Every participant moves what {@code mergedId} held to {@code survivorId}; how many records each moved, by module. */
    public Map<String, Integer> merged(EntityManager em, long seq, String survivorId, String mergedId) {
        return apply(em, seq, participant -> participant.merge(survivorId, mergedId));
    }

    /** Every participant deletes what {@code clientId} held; how many records each deleted, by module. */
    public Map<String, Integer> deleted(EntityManager em, long seq, String clientId) {
        return apply(em, seq, participant -> participant.delete(clientId));
    }

    private interface Call {
        int on(MergeParticipant participant);
    }

    private Map<String, Integer> apply(EntityManager em, long seq, Call call) {
        List<MergeParticipant> present = List.copyOf(participants);
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (MergeParticipant participant : present) {
            counts.merge(participant.moduleId(), call.on(participant), Integer::sum);
            RemovalJournal.applied(em, participant.moduleId(), seq);
        }
        // one that appeared meanwhile may have looked for what it missed before this commits
        AfterCompletion.register(transactions, status -> {
            if (status == Status.STATUS_COMMITTED) {
                participants.stream().filter(participant -> !present.contains(participant)).forEach(this::catchUp);
            }
        });
        return counts;
    }

    private void catchUp(MergeParticipant participant) {
        if (active) {
            catchUps.execute(() -> catchUpNow(participant));
        }
    }

    private void catchUpNow(MergeParticipant participant) {
        String module = participant.moduleId();
        long after = 0;
        int applied = 0;
        try {
            while (active && participants.contains(participant)) {
                long from = after;
                List<Removal> missed = jpa.txExpr(TransactionType.Required, em -> RemovalJournal.pending(em, module, from, BATCH));
                if (missed.isEmpty()) {
                    break;
                }
                for (Removal removal : missed) {
                    if (!active || !participants.contains(participant)) {
                        return;
                    }
                    if (jpa.txExpr(TransactionType.Required, em -> catchUp(em, participant, removal))) {
                        applied++;
                    }
                    after = removal.seq();
                }
            }
        } catch (RuntimeException e) {
            LOG.warn("Module {} could not apply a merge or deletion it missed after #{}; it tries again when it starts again",
                    module, after, e);
        } finally {
            if (applied > 0) {
                LOG.info("Module {} applied {} client merges and deletions made while it was absent", module, applied);
            }
        }
    }

    /** Applies one removal the participant missed, unless it has since; whether it did. */
    private static boolean catchUp(EntityManager em, MergeParticipant participant, Removal removal) {
        if (RemovalJournal.isApplied(em, participant.moduleId(), removal.seq())) {
            return false;
        }
        Optional<String> living = removal.deleted() ? Optional.empty() : RemovalJournal.living(em, removal.survivorId());
        if (living.isPresent()) {
            participant.merge(living.get(), removal.clientId());
        } else {
            participant.delete(removal.clientId());
        }
        RemovalJournal.applied(em, participant.moduleId(), removal.seq());
        return true;
    }
}
