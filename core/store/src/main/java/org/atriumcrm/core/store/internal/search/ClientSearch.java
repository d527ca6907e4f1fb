package org.atriumcrm.core.store.internal.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import javax.persistence.EntityManager;
import javax.persistence.Query;

import org.atriumcrm.core.store.internal.support.Queries;

/**
 * Finds the clients a search names through the key index alone. A narrow search (a phone, a tax
 * id, a rare word) ends up as a short list of candidate ids, which the page query reads by primary
 * key; a broad one (a common word prefix) matches so many clients that the page query is better
 * off walking the list order and checking each client's keys, so no candidates are given then.
 */
final class ClientSearch {

    /** Above this many matches a term is broad. */
    static final int CANDIDATES_MAX = 500;

    private ClientSearch() {
    }

    /**
     * The ids of every client that matches all terms; empty when every term is broad.
     * An empty set means no client matches.
     */
    static Optional<Set<String>> candidates(EntityManager em, SearchTerms terms) {
        List<Set<String>> narrow = new ArrayList<>();
        List<List<String>> broad = new ArrayList<>();
        for (List<String> term : terms.terms()) {
            Set<String> ids = matches(em, term, CANDIDATES_MAX + 1);
            if (ids.size() > CANDIDATES_MAX) {
                broad.add(term);
            } else {
                narrow.add(ids);
            }
        }
        if (narrow.isEmpty()) {
            return Optional.empty();
        }
        narrow.sort(Comparator.comparingInt(Set::size));
        Set<String> candidates = new LinkedHashSet<>(narrow.get(0));
        narrow.subList(1, narrow.size()).forEach(candidates::retainAll);
        for (List<String> term : broad) {
            if (candidates.isEmpty()) {
                break;
            }
            candidates.retainAll(matchesAmong(em, term, candidates));
        }
        return Optional.of(candidates);
    }

    /** Clients with a key matching any pattern of the term, at most {@code max} rows read per pattern. */
    private static Set<String> matches(EntityManager em, List<String> term, int max) {
        Set<String> ids = new LinkedHashSet<>();
        for (String pattern : term) {
            Query query = keyQuery(em, pattern);
            @SuppressWarnings("unchecked")
            List<String> rows = query.setMaxResults(max).getResultList();
            rows.forEach(id -> ids.add(id.strip()));
        }
        return ids;
    }

    /** Of these clients, those with a key matching any pattern of the term. */
    private static Set<String> matchesAmong(EntityManager em, List<String> term, Set<String> clients) {
        Set<String> ids = new LinkedHashSet<>();
        List<String> among = List.copyOf(clients);
        for (String pattern : term) {
            KeyRange range = KeyRange.of(pattern);
            Query query = em.createNativeQuery("SELECT client_id FROM atr_client_key WHERE " + range.condition("search_key")
                    + " AND client_id IN (" + "?,".repeat(among.size() - 1) + "?)");
            List<Object> values = new ArrayList<>(range.parameters());
            values.addAll(among);
            Queries.bind(query, values);
            @SuppressWarnings("unchecked")
            List<String> rows = query.getResultList();
            rows.forEach(id -> ids.add(id.strip()));
        }
        return ids;
    }

    private static Query keyQuery(EntityManager em, String pattern) {
        KeyRange range = KeyRange.of(pattern);
        Query query = em.createNativeQuery("SELECT client_id FROM atr_client_key WHERE " + range.condition("search_key"));
        Queries.bind(query, range.parameters());
        return query;
    }
}
