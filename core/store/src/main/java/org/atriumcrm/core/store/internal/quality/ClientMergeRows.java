package org.atriumcrm.core.store.internal.quality;

import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javax.persistence.EntityManager;

/**
 * The rows a merge moves and writes in core's tables, by SQL inside the merge's transaction: a
 * merged client's records re-pointed to the survivor, and {@code atr_client_merge}, the pointer left
 * behind. Contacts and legal entities go after the survivor's own, in their order.
 */
public final class ClientMergeRows {

    /** Tables whose rows belong to a client by {@code client_id}, by the name a merge reports them under. */
    private static final Map<String, String> RECORDS = records();
    /** Client parts kept in order by an {@code ord} column. */
    private static final Map<String, String> ORDERED_PARTS = Map.of("contacts", "atr_contact", "legalEntities", "atr_legal_entity");
    /** Merges followed from a merged id to its survivor, at most: more means a loop in the data. */
    private static final int MAX_CHAIN = 50;

    private ClientMergeRows() {
    }

    private static Map<String, String> records() {
        Map<String, String> tables = new LinkedHashMap<>();
        tables.put("activities", "atr_activity");
        tables.put("tasks", "atr_task");
        tables.put("opportunities", "atr_opportunity");
        tables.put("stageChanges", "atr_stage_change");
        tables.put("statusChanges", "atr_client_status_change");
        return tables;
    }

    /**
     * Moves every record and part of {@code mergedId} to {@code survivorId}, adding the counts to
     * {@code moved}. Call before the survivor's entity is read, since it changes its parts.
     */
    public static void move(EntityManager em, String survivorId, String mergedId, Map<String, Integer> moved) {
        ORDERED_PARTS.forEach((name, table) -> {
            Number next = (Number) em.createNativeQuery("SELECT COALESCE(MAX(ord) + 1, 0) FROM " + table + " WHERE client_id = ?")
                    .setParameter(1, survivorId).getSingleResult();
            int count = em.createNativeQuery("UPDATE " + table + " SET client_id = ?, ord = ord + ? WHERE client_id = ?")
                    .setParameter(1, survivorId).setParameter(2, next.intValue()).setParameter(3, mergedId).executeUpdate();
            moved.merge(name, count, Integer::sum);
        });
        RECORDS.forEach((name, table) -> moved.merge(name, em.createNativeQuery("UPDATE " + table
                + " SET client_id = ? WHERE client_id = ?").setParameter(1, survivorId).setParameter(2, mergedId).executeUpdate(),
                Integer::sum));
    }

    /** Leaves the pointer from a merged client to its survivor. */
    public static void point(EntityManager em, String mergedId, String survivorId, LocalDateTime at, String userId) {
        em.createNativeQuery("INSERT INTO atr_client_merge (merged_id, survivor_id, merged_at, merged_by) VALUES (?, ?, ?, ?)")
                .setParameter(1, mergedId).setParameter(2, survivorId).setParameter(3, Timestamp.valueOf(at)).setParameter(4, userId)
                .executeUpdate();
    }

    /**
     * Removes the pointers that lead to {@code clientId}, which is being deleted, and those that led
     * to them: the ids merged into a deleted client are no one's any longer.
     */
    public static void forget(EntityManager em, String clientId) {
        List<String> targets = List.of(clientId);
        for (int step = 0; step < MAX_CHAIN && !targets.isEmpty(); step++) {
            List<String> merged = new ArrayList<>();
            for (String target : targets) {
                @SuppressWarnings("unchecked")
                List<String> into = em.createNativeQuery("SELECT merged_id FROM atr_client_merge WHERE survivor_id = ?")
                        .setParameter(1, target).getResultList();
                into.forEach(id -> merged.add(id.strip()));
                em.createNativeQuery("DELETE FROM atr_client_merge WHERE survivor_id = ?").setParameter(1, target).executeUpdate();
            }
            targets = merged;
        }
    }

    /** The client a merged one lives on now, following later merges of its survivor. */
    public static Optional<String> survivorOf(EntityManager em, String clientId) {
        String current = clientId;
        for (int step = 0; step < MAX_CHAIN; step++) {
            @SuppressWarnings("unchecked")
            List<String> next = em.createNativeQuery("SELECT survivor_id FROM atr_client_merge WHERE merged_id = ?")
                    .setParameter(1, current).getResultList();
            if (next.isEmpty()) {
                return current.equals(clientId) ? Optional.empty() : Optional.of(current);
            }
            current = next.get(0).strip();
        }
        return Optional.of(current);
    }
}
