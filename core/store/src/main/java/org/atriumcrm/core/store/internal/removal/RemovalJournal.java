package org.atriumcrm.core.store.internal.removal;

import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

import javax.persistence.EntityManager;

/**
 * {@code atr_client_removal}: every client that went, merged or deleted, in the order it went, and
 * {@code atr_client_removal_applied}: which of them each module has applied to its own records.
 */
public final class RemovalJournal {

    /** Merges followed from a client to the one it lives on, at most: more means a loop in the data. */
    private static final int MAX_CHAIN = 50;

    /** A client that went: into {@code survivorId}, or deleted when that is {@code null}. */
    public record Removal(long seq, String clientId, String survivorId) {

        boolean deleted() {
            return survivorId == null;
        }
    }

    private RemovalJournal() {
    }

    /** Records that {@code clientId} went into {@code survivorId} ({@code null}: deleted); its place in the order. */
    public static long record(EntityManager em, String clientId, String survivorId, LocalDateTime at) {
        em.createNativeQuery("INSERT INTO atr_client_removal (client_id, survivor_id, removed_at) VALUES (?, ?, ?)")
                .setParameter(1, clientId).setParameter(2, survivorId).setParameter(3, Timestamp.valueOf(at)).executeUpdate();
        return ((Number) em.createNativeQuery("SELECT seq FROM atr_client_removal WHERE client_id = ?")
                .setParameter(1, clientId).getSingleResult()).longValue();
    }

    /** Records that a module applied a removal; a second record of it fails on the primary key. */
    static void applied(EntityManager em, String moduleId, long seq) {
        em.createNativeQuery("INSERT INTO atr_client_removal_applied (module_id, removal_seq) VALUES (?, ?)")
                .setParameter(1, moduleId).setParameter(2, seq).executeUpdate();
    }

    static boolean isApplied(EntityManager em, String moduleId, long seq) {
        return !em.createNativeQuery("SELECT removal_seq FROM atr_client_removal_applied WHERE module_id = ? AND removal_seq = ?")
                .setParameter(1, moduleId).setParameter(2, seq).getResultList().isEmpty();
    }

    /** Up to {@code limit} removals after {@code afterSeq} that the module has not applied, oldest first. */
    static List<Removal> pending(EntityManager em, String moduleId, long afterSeq, int limit) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT r.seq, r.client_id, r.survivor_id FROM atr_client_removal r"
                        + " WHERE r.seq > ? AND NOT EXISTS (SELECT a.removal_seq FROM atr_client_removal_applied a"
                        + " WHERE a.module_id = ? AND a.removal_seq = r.seq) ORDER BY r.seq")
                .setParameter(1, afterSeq).setParameter(2, moduleId).setMaxResults(limit).getResultList();
        return rows.stream().map(row -> new Removal(((Number) row[0]).longValue(), ((String) row[1]).strip(),
                row[2] == null ? null : ((String) row[2]).strip())).toList();
    }

    /**
     * The client whose records those of {@code clientId} are now: itself while it exists, else the
     * end of the merges it went through; empty when that client was deleted.
     */
    static Optional<String> living(EntityManager em, String clientId) {
        String current = clientId;
        for (int step = 0; step < MAX_CHAIN; step++) {
            @SuppressWarnings("unchecked")
            List<Object> went = em.createNativeQuery("SELECT COALESCE(survivor_id, '') FROM atr_client_removal WHERE client_id = ?")
                    .setParameter(1, current).getResultList();
            if (went.isEmpty()) {
                boolean exists = !em.createNativeQuery("SELECT id FROM atr_client WHERE id = ?").setParameter(1, current)
                        .getResultList().isEmpty();
                return exists ? Optional.of(current) : Optional.empty();
            }
            String survivor = ((String) went.get(0)).strip();
            if (survivor.isEmpty()) {
                return Optional.empty();
            }
            current = survivor;
        }
        return Optional.empty();
    }
}
