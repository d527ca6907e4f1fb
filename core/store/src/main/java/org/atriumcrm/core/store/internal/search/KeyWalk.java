package org.atriumcrm.core.store.internal.search;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import javax.persistence.EntityManager;
import javax.persistence.Query;

import org.atriumcrm.core.store.internal.support.Queries;

/**
 * A page found by walking the key index ({@code atr_client_key_walk}: search key, sort key, client
 * id) over the key ranges of one term, in the order the page shows: the ranges in the term's order,
 * then by key (an exact word sorts before the longer words it starts), then by the client's name.
 * A page reads about as many index entries as it shows, whatever the size of the base.
 *
 * <p>A client with several keys in the ranges ("Ivanova Ivanna" for "ivan") is met more than once;
 * it is shown only where its first key is, so a page never repeats a client and none is skipped
 * across cursors. Each batch of entries is then checked against the rest of the query (other
 * terms, filters, status) by primary key.
 */
final class KeyWalk {

    private static final int FIRST_BATCH = 40;
    private static final int MAX_BATCH = 2000;
    private static final String COLUMNS = "SELECT search_key, sort_key, client_id FROM atr_client_key WHERE ";
    private static final String ORDER = " ORDER BY search_key, sort_key, client_id";

    private final EntityManager em;
    private final int lead;
    private final List<KeyRange> ranges;
    private final List<List<KeyRange>> others;
    private final Function<List<String>, Set<String>> admitted;

    /**
     * @param lead     the index of the walked term in the query, kept in cursors
     * @param patterns the walked term's key patterns ({@link SearchTerms})
     * @param others   the other terms' patterns: an entry counts only when its client has a key of
     *                 each, checked in the walk's own query on the primary key
     * @param admitted of some client ids, those the filters of the query keep
     */
    KeyWalk(EntityManager em, int lead, List<String> patterns, List<List<String>> others,
            Function<List<String>, Set<String>> admitted) {
        this.em = em;
        this.lead = lead;
        this.ranges = patterns.stream().map(KeyRange::of).toList();
        this.others = others.stream().map(term -> term.stream().map(KeyRange::of).toList()).toList();
        this.admitted = admitted;
    }

    /** Up to {@code wanted} clients after {@code after} ({@code null}: from the start). */
    List<FoundClient> page(WalkPosition after, int wanted) {
        List<FoundClient> found = new ArrayList<>();
        WalkPosition position = after;
        int range = after == null ? 0 : after.range();
        int batch = Math.max(FIRST_BATCH, 2 * wanted);
        // from the start, the walk meets every entry in the page's order: a client's first is where it is first met
        Set<String> met = after == null ? new HashSet<>() : null;
        while (range < ranges.size() && found.size() < wanted) {
            List<WalkPosition> entries = entries(range, position, batch);
            if (!entries.isEmpty()) {
                found.addAll(shown(entries, wanted - found.size(), met));
                position = entries.get(entries.size() - 1);
            }
            if (entries.size() < batch) {
                range++;
                position = null;
            }
            batch = Math.min(2 * batch, MAX_BATCH);
        }
        return found;
    }

    /**
     * Of these entries, in order, those that show a client: its first entry, admitted by the query.
     *
     * @param met the clients this walk has met so far when it started from the beginning, else
     *            {@code null}: then where each client is first met is read
     */
    private List<FoundClient> shown(List<WalkPosition> entries, int wanted, Set<String> met) {
        List<WalkPosition> firsts = entries;
        if (met != null) {
            firsts = entries.stream().filter(entry -> met.add(entry.clientId())).toList();
        } else if (ranges.size() > 1 || ranges.get(0).prefix()) {
            // only several ranges or a prefix can meet a client twice; one exact key (a tag, a phone) cannot
            Map<String, WalkPosition> first = firstEntries(entries.stream().map(WalkPosition::clientId).distinct().toList());
            firsts = entries.stream().filter(entry -> entry.equals(first.get(entry.clientId()))).toList();
        }
        if (firsts.isEmpty()) {
            return List.of();
        }
        Set<String> kept = admitted.apply(firsts.stream().map(WalkPosition::clientId).toList());
        return firsts.stream().filter(entry -> kept.contains(entry.clientId())).limit(wanted)
                .map(entry -> new FoundClient(entry.clientId(), entry.cursor())).toList();
    }

    /**
     * Where each client is first met in this walk: its keys in the walked ranges, read on the
     * primary key (client id, search key). The sort key is the client's own, so only the range and
     * the key tell its entries apart.
     */
    private Map<String, WalkPosition> firstEntries(List<String> clientIds) {
        StringBuilder sql = new StringBuilder("SELECT search_key, sort_key, client_id FROM atr_client_key WHERE client_id IN (")
                .append("?,".repeat(clientIds.size() - 1)).append("?) AND (");
        List<Object> values = new ArrayList<>(clientIds);
        for (int r = 0; r < ranges.size(); r++) {
            sql.append(r == 0 ? "" : " OR ").append(ranges.get(r).condition("search_key"));
            values.addAll(ranges.get(r).parameters());
        }
        Query query = em.createNativeQuery(sql.append(')').toString());
        Queries.bind(query, values);
        Map<String, WalkPosition> first = new HashMap<>();
        for (Object row : query.getResultList()) {
            Object[] columns = (Object[]) row;
            String key = (String) columns[0];
            int range = rangeOf(key);
            String clientId = ((String) columns[2]).strip();
            WalkPosition known = first.get(clientId);
            if (range >= 0 && (known == null || !known.before(range, key))) {
                first.put(clientId, new WalkPosition(lead, range, key, (String) columns[1], clientId));
            }
        }
        return first;
    }

    private int rangeOf(String key) {
        for (int r = 0; r < ranges.size(); r++) {
            if (ranges.get(r).contains(key)) {
                return r;
            }
        }
        return -1;
    }

    /**
     * The next entries of one range after {@code from}. After a position the walk reads the rest of
     * its key, then the keys after it: each query starts the index range exactly where it resumes.
     */
    private List<WalkPosition> entries(int range, WalkPosition from, int max) {
        KeyRange keys = ranges.get(range);
        if (from == null || from.range() != range) {
            return read(range, keys.condition("search_key"), max, keys.parameters());
        }
        List<WalkPosition> entries = new ArrayList<>(read(range,
                "search_key = ? AND sort_key >= ? AND (sort_key > ? OR client_id > ?)", max,
                List.of(from.key(), from.sortKey(), from.sortKey(), from.clientId())));
        if (entries.size() < max && keys.prefix()) {
            List<Object> values = new ArrayList<>(List.of(from.key(), keys.high()));
            values.addAll(keys.checkParameters());
            entries.addAll(read(range, "search_key > ? AND search_key < ?" + keys.check("search_key"), max - entries.size(), values));
        }
        return entries;
    }

    private List<WalkPosition> read(int range, String condition, int max, List<Object> parameters) {
        StringBuilder sql = new StringBuilder(COLUMNS).append(condition);
        List<Object> values = new ArrayList<>(parameters);
        for (List<KeyRange> term : others) {
            // beside each entry, as the database meets it: two broad words that few clients have both
            // cost one pass over the entries of the walked one, not a batch round trip per few entries
            sql.append(" AND EXISTS (SELECT 1 FROM atr_client_key o WHERE o.client_id = atr_client_key.client_id AND (");
            for (int p = 0; p < term.size(); p++) {
                sql.append(p == 0 ? "" : " OR ").append(term.get(p).condition("o.search_key"));
                values.addAll(term.get(p).parameters());
            }
            sql.append("))");
        }
        Query query = em.createNativeQuery(sql.append(ORDER).toString());
        Queries.bind(query, values);
        List<WalkPosition> entries = new ArrayList<>();
        for (Object row : query.setMaxResults(max).getResultList()) {
            Object[] columns = (Object[]) row;
            entries.add(new WalkPosition(lead, range, (String) columns[0], (String) columns[1], ((String) columns[2]).strip()));
        }
        return entries;
    }

    /** How many clients' keys match the term, counted up to {@code cap}: how narrow the term is. */
    static int matchesUpTo(EntityManager em, List<String> patterns, int cap) {
        Set<String> clients = new LinkedHashSet<>();
        for (String pattern : patterns) {
            if (clients.size() >= cap) {
                break;
            }
            KeyRange range = KeyRange.of(pattern);
            Query query = em.createNativeQuery("SELECT client_id FROM atr_client_key WHERE " + range.condition("search_key"));
            Queries.bind(query, range.parameters());
            query.setMaxResults(cap).getResultList().forEach(id -> clients.add(((String) id).strip()));
        }
        return clients.size();
    }
}
