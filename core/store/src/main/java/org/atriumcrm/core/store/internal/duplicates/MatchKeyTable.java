package org.atriumcrm.core.store.internal.duplicates;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.persistence.EntityManager;
import javax.persistence.Query;

import org.atriumcrm.core.quality.MatchKey;

/**
 * {@code atr_client_match_key}: the duplicate-matching keys of every client (core/quality's
 * {@link MatchKey}s). Every key is kept, the scoring-only ones too (city, kind), since a candidate
 * is scored on its stored keys alone; only {@link MatchKey#lookup() lookup keys} find candidates.
 * Always called inside the caller's transaction, after a flush of the client's row.
 */
public final class MatchKeyTable {

    /** A key shared by more clients than this is too common to tell anything (a popular name word). */
    static final int CANDIDATES_PER_KEY = 50;
    /** The most candidates scored for one draft. */
    static final int CANDIDATES_MAX = 200;
    private static final int ROWS_PER_INSERT = 100;
    /**
     * The sizes an IN list of ids is padded to (with its last id again), so that Derby compiles a few
     * statements, not one for every count; the largest takes every candidate of a draft in one query.
     */
    private static final int[] IN_LIST_SIZES = {10, 50, CANDIDATES_MAX};
    private static final int IDS_PER_QUERY = CANDIDATES_MAX;

    private MatchKeyTable() {
    }

    /** Replaces the client's keys. */
    public static void write(EntityManager em, String clientId, Set<MatchKey> keys) {
        delete(em, clientId);
        insert(em, clientId, keys);
    }

    /** Adds the keys of a client that has none. */
    public static void insert(EntityManager em, String clientId, Set<MatchKey> keys) {
        List<MatchKey> all = List.copyOf(keys);
        for (int from = 0; from < all.size(); from += ROWS_PER_INSERT) {
            List<MatchKey> chunk = all.subList(from, Math.min(all.size(), from + ROWS_PER_INSERT));
            Query insert = em.createNativeQuery("INSERT INTO atr_client_match_key (client_id, key_type, key_value) VALUES "
                    + String.join(",", Collections.nCopies(chunk.size(), "(?,?,?)")));
            int parameter = 1;
            for (MatchKey key : chunk) {
                insert.setParameter(parameter++, clientId);
                insert.setParameter(parameter++, key.type());
                insert.setParameter(parameter++, key.value());
            }
            insert.executeUpdate();
        }
    }

    public static void delete(EntityManager em, String clientId) {
        em.createNativeQuery("DELETE FROM atr_client_match_key WHERE client_id = ?")
                .setParameter(1, clientId).executeUpdate();
    }

    /**
     * The clients sharing a lookup key with the draft. Each key is read by the index up to
     * {@value #CANDIDATES_PER_KEY} + 1 rows; a key past that is too common and left out. The
     * others contribute from the most selective (fewest clients) on, until {@value #CANDIDATES_MAX}.
     */
    public static Set<String> candidates(EntityManager em, Set<MatchKey> draftKeys) {
        record Hits(MatchKey key, List<String> ids) {
        }
        List<Hits> selective = new ArrayList<>();
        for (MatchKey key : draftKeys) {
            if (!key.lookup()) {
                continue;
            }
            @SuppressWarnings("unchecked")
            List<String> ids = em.createNativeQuery("SELECT client_id FROM atr_client_match_key "
                            + "WHERE key_type = ? AND key_value = ?")
                    .setParameter(1, key.type()).setParameter(2, key.value())
                    .setMaxResults(CANDIDATES_PER_KEY + 1).getResultList();
            if (!ids.isEmpty() && ids.size() <= CANDIDATES_PER_KEY) {
                selective.add(new Hits(key, ids));
            }
        }
        selective.sort(Comparator.comparingInt((Hits hits) -> hits.ids().size()).thenComparing(Hits::key));
        Set<String> candidates = new LinkedHashSet<>();
        for (Hits hits : selective) {
            for (String id : hits.ids()) {
                if (candidates.size() >= CANDIDATES_MAX) {
                    return candidates;
                }
                candidates.add(id.strip());
            }
        }
        return candidates;
    }

    /** Every stored key of these clients, by client id; the candidates of one draft in one query. */
    public static Map<String, Set<MatchKey>> keysOf(EntityManager em, Collection<String> clientIds) {
        Map<String, Set<MatchKey>> keys = new HashMap<>();
        for (List<String> chunk : chunks(clientIds)) {
            Query query = em.createNativeQuery("SELECT client_id, key_type, key_value FROM atr_client_match_key "
                    + "WHERE client_id IN (" + placeholders(chunk.size()) + ")");
            for (int i = 0; i < chunk.size(); i++) {
                query.setParameter(i + 1, chunk.get(i));
            }
            for (Object row : query.getResultList()) {
                Object[] columns = (Object[]) row;
                keys.computeIfAbsent(((String) columns[0]).strip(), id -> new LinkedHashSet<>())
                        .add(new MatchKey((String) columns[1], (String) columns[2]));
            }
        }
        return keys;
    }

    /** The names of these clients, by id; read by primary key. */
    public static Map<String, String> names(EntityManager em, Collection<String> clientIds) {
        Map<String, String> names = new HashMap<>();
        for (List<String> chunk : chunks(clientIds)) {
            Query query = em.createNativeQuery("SELECT id, name FROM atr_client WHERE id IN (" + placeholders(chunk.size()) + ")");
            for (int i = 0; i < chunk.size(); i++) {
                query.setParameter(i + 1, chunk.get(i));
            }
            for (Object row : query.getResultList()) {
                Object[] columns = (Object[]) row;
                names.put(((String) columns[0]).strip(), (String) columns[1]);
            }
        }
        return names;
    }

    /**
     * Up to {@code max} ids of clients without any key, after {@code afterId} in id order: the
     * clients stored before the key table existed.
     */
    public static List<String> clientsWithoutKeys(EntityManager em, String afterId, int max) {
        @SuppressWarnings("unchecked")
        List<String> ids = em.createNativeQuery("SELECT c.id FROM atr_client c WHERE c.id > ? AND NOT EXISTS "
                        + "(SELECT 1 FROM atr_client_match_key k WHERE k.client_id = c.id) ORDER BY c.id")
                .setParameter(1, afterId).setMaxResults(max).getResultList();
        return ids.stream().map(String::strip).toList();
    }

    /**
     * The ids in lists of at most {@value #IDS_PER_QUERY}, one query each, each padded to one of
     * {@link #IN_LIST_SIZES} by repeating its last id (which an IN list ignores).
     */
    static List<List<String>> chunks(Collection<String> ids) {
        List<String> all = List.copyOf(ids);
        List<List<String>> chunks = new ArrayList<>();
        for (int from = 0; from < all.size(); from += IDS_PER_QUERY) {
            chunks.add(padded(all.subList(from, Math.min(all.size(), from + IDS_PER_QUERY))));
        }
        return chunks;
    }

    private static List<String> padded(List<String> ids) {
        int size = IN_LIST_SIZES[0];
        for (int i = 1; size < ids.size(); i++) {
            size = IN_LIST_SIZES[i];
        }
        List<String> padded = new ArrayList<>(ids);
        while (padded.size() < size) {
            padded.add(ids.get(ids.size() - 1));
        }
        return padded;
    }

    /** {@code ?,?,?} for an IN list or a row of values. */
    public static String placeholders(int count) {
        return "?,".repeat(count - 1) + "?";
    }
}
