package org.atriumcrm.core.store.internal.duplicates;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.function.LongConsumer;

import javax.persistence.EntityManager;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.atriumcrm.core.quality.ClientMatching;
import org.atriumcrm.core.quality.MatchDecision;
import org.atriumcrm.core.quality.MatchKey;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One walk over the whole base for duplicates: clients in id order, {@value #BATCH} at a time, each
 * batch in a short transaction of its own that reads match keys only (never whole clients). Each
 * client's candidates are looked up by its keys on the index as at entry; a pair is scored once,
 * from the side of its lower id, and kept when it is a strong or possible match.
 */
final class DuplicateScanRun {

    static final int BATCH = 200;
    /** Pairs one scan keeps (some 200 bytes each); past that, the rest wait for the next scan. */
    static final int MAX_PAIRS = 250_000;
    private static final int ATTEMPTS = 3;
    private static final Logger LOG = LoggerFactory.getLogger(DuplicateScanRun.class);

    private final JpaTemplate jpa;
    private final ClientMatching matching;
    private final BooleanSupplier stopped;
    private final LongConsumer progress;

    /**
     * @param stopped  asked between batches: {@code true} ends the walk early
     * @param progress told the number of clients looked at after each batch
     */
    DuplicateScanRun(JpaTemplate jpa, ClientMatching matching, BooleanSupplier stopped, LongConsumer progress) {
        this.jpa = jpa;
        this.matching = matching;
        this.stopped = stopped;
        this.progress = progress;
    }

    /** What one batch found: the clients looked at, the last id, the pairs. */
    private record Batch(int clients, String lastId, List<DuplicateGrouping.Pair> pairs) {
    }

    /** Walks the base; the grouping of what it found, or of what it found until it was stopped. */
    DuplicateGrouping run() {
        DuplicateGrouping grouping = new DuplicateGrouping(MAX_PAIRS);
        long scanned = 0;
        String after = "";
        boolean full = false;
        while (!stopped.getAsBoolean()) {
            Batch batch = scanBatch(after);
            if (batch.clients() == 0) {
                break;
            }
            for (DuplicateGrouping.Pair pair : batch.pairs()) {
                if (!grouping.add(pair) && !full) {
                    full = true;
                    LOG.warn("The duplicate scan keeps its first {} pairs; merge those and the next scan finds the rest",
                            MAX_PAIRS);
                }
            }
            scanned += batch.clients();
            progress.accept(scanned);
            after = batch.lastId();
        }
        return grouping;
    }

    /** A batch in its own transaction, tried again when it fails (a client written meanwhile, a lock). */
    private Batch scanBatch(String after) {
        for (int attempt = 1; ; attempt++) {
            try {
                return jpa.txExpr(TransactionType.Required, em -> pairsOf(em, after));
            } catch (RuntimeException e) {
                if (attempt >= ATTEMPTS) {
                    throw e;
                }
                LOG.debug("Duplicate scan batch after {} failed; trying again", after, e);
            }
        }
    }

    private Batch pairsOf(EntityManager em, String after) {
        @SuppressWarnings("unchecked")
        List<String> ids = ((List<String>) em.createNativeQuery("SELECT id FROM atr_client WHERE id > ? ORDER BY id")
                .setParameter(1, after).setMaxResults(BATCH).getResultList()).stream().map(String::strip).toList();
        if (ids.isEmpty()) {
            return new Batch(0, after, List.of());
        }
        Map<String, Set<MatchKey>> keys = new HashMap<>(MatchKeyTable.keysOf(em, ids));
        Map<String, List<String>> laterCandidates = new LinkedHashMap<>();
        Set<String> toLoad = new LinkedHashSet<>();
        for (String id : ids) {
            Set<MatchKey> own = keys.get(id);
            if (own == null) {
                continue;
            }
            // the pair with a lower id was scored when that client's turn came
            List<String> later = MatchKeyTable.candidates(em, own).stream().filter(other -> other.compareTo(id) > 0).toList();
            laterCandidates.put(id, later);
            later.stream().filter(other -> !keys.containsKey(other)).forEach(toLoad::add);
        }
        keys.putAll(MatchKeyTable.keysOf(em, toLoad));
        List<DuplicateGrouping.Pair> pairs = new ArrayList<>();
        laterCandidates.forEach((id, candidates) -> {
            Map<String, Set<MatchKey>> theirs = new LinkedHashMap<>();
            for (String other : candidates) {
                if (keys.containsKey(other)) {
                    theirs.put(other, keys.get(other));
                }
            }
            matching.scoreAll(keys.get(id), theirs).forEach((other, score) -> {
                if (score.decision() != MatchDecision.NONE) {
                    pairs.add(new DuplicateGrouping.Pair(id, other, score.score(), score.decision(),
                            DuplicateReasons.encode(MatchScores.reasons(score))));
                }
            });
        });
        return new Batch(ids.size(), ids.get(ids.size() - 1), pairs);
    }
}
