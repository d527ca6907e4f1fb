package org.atriumcrm.core.store.internal.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import javax.persistence.EntityManager;
import javax.persistence.TypedQuery;

import org.atriumcrm.core.api.ClientFilter;
import org.atriumcrm.core.api.ClientQuery;
import org.atriumcrm.core.api.ClientSort;
import org.atriumcrm.core.api.CustomField;
import org.atriumcrm.core.api.CustomFieldType;
import org.atriumcrm.core.api.FieldError;
import org.atriumcrm.core.api.ValidationException;
import org.atriumcrm.core.store.internal.fields.CustomValues;
import org.atriumcrm.core.store.internal.support.Cursor;

/**
 * Finds one page of clients, in one of two ways that each walk one index, so a page costs about
 * the same whatever the size of the base:
 * <ul>
 * <li>a search, or a list by name filtered by a tag or a custom value, walks the key index of its
 * narrowest term ({@link KeyWalk}) and checks the clients it meets against the rest;</li>
 * <li>any other list walks the client table's index of its order, filters and keyset condition
 * included; a team's list is merged from each manager's own range of the manager index, since one
 * range of several managers would have to be sorted.</li>
 * </ul>
 */
public final class ClientFinder {

    /** A term with at least this many matching clients is not narrower than another such one. */
    private static final int NARROWNESS_CAP = 5000;

    private ClientFinder() {
    }

    /**
     * Reads up to {@code limit + 1} clients: the extra one tells whether a next page exists.
     *
     * @param token the cursor of the previous page, or {@code null}
     * @throws ValidationException naming {@code after} for a cursor this list did not give
     */
    public static List<FoundClient> findPage(EntityManager em, ClientQuery query, Map<String, String> customFilter,
                                             SearchTerms terms, String token) {
        List<List<String>> walkable = walkableTerms(query, customFilter, terms);
        if (!walkable.isEmpty()) {
            return walk(em, query, customFilter, terms, walkable, token);
        }
        ClientSort sort = query.sort();
        Cursor after = Cursor.decode(token, sort.parameter());
        return listIds(em, query, customFilter, terms, after).stream()
                .map(row -> new FoundClient(row.id(), new Cursor(sort.parameter(), row.value().toString(), row.id())))
                .toList();
    }

    /**
     * The terms a walk may lead with: the search's, then the tag's and each custom value's key,
     * when the page is in name order (the key index's own order within one key). None otherwise.
     */
    private static List<List<String>> walkableTerms(ClientQuery query, Map<String, String> customFilter, SearchTerms terms) {
        if (query.sort() != ClientSort.NAME) {
            return List.of();
        }
        List<List<String>> walkable = new ArrayList<>(terms.terms());
        if (query.filter().tag() != null) {
            walkable.add(List.of(SearchTerms.escape(SearchKeys.tag(query.filter().tag()))));
        }
        customFilter.forEach((key, value) -> walkable.add(List.of(SearchTerms.escape(SearchKeys.customValue(key, value)))));
        return walkable;
    }

    private static List<FoundClient> walk(EntityManager em, ClientQuery query, Map<String, String> customFilter,
                                          SearchTerms terms, List<List<String>> walkable, String token) {
        WalkPosition after = token == null ? null : WalkPosition.of(Cursor.decode(token, WalkPosition.ORDER));
        int lead = after != null ? after.lead() : narrowest(em, walkable);
        if (lead >= walkable.size()) {
            throw ValidationException.of("after", "is not a cursor returned by this list");
        }
        List<List<String>> others = new ArrayList<>(terms.terms());
        if (lead < others.size()) {
            others.remove(lead);
        }
        Function<List<String>, Set<String>> admitted = ids -> admitted(em, query.filter(), customFilter, ids);
        return new KeyWalk(em, lead, walkable.get(lead), others, admitted).page(after, query.limit() + 1);
    }

    /**
     * Whether the client is one a list with these filters and terms holds: the list's own
     * conditions, limited to the client's primary key, so a saved filter tried on one client means
     * exactly what the list shows.
     */
    public static boolean holds(EntityManager em, ClientFilter filter, Map<String, String> customFilter, SearchTerms terms,
                                String clientId) {
        StringBuilder jpql = new StringBuilder("SELECT c.id FROM ClientEntity c WHERE c.id = :clientId");
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("clientId", clientId);
        ClientConditions.appendFilter(jpql, parameters, filter, customFilter, filter.responsibleManagerIn());
        ClientConditions.appendTerms(jpql, parameters, terms.terms(), "t");
        TypedQuery<String> typed = em.createQuery(jpql.toString(), String.class);
        parameters.forEach(typed::setParameter);
        return !typed.setMaxResults(1).getResultList().isEmpty();
    }

    /** The term with the fewest matches (counted up to a cap), the first one of a tie. */
    private static int narrowest(EntityManager em, List<List<String>> walkable) {
        if (walkable.size() == 1) {
            return 0;
        }
        int narrowest = 0;
        int fewest = Integer.MAX_VALUE;
        for (int i = 0; i < walkable.size(); i++) {
            int matches = KeyWalk.matchesUpTo(em, walkable.get(i), NARROWNESS_CAP);
            if (matches < fewest) {
                narrowest = i;
                fewest = matches;
            }
        }
        return narrowest;
    }

    /** Of these clients, those that the filters keep: one query by primary key. */
    private static Set<String> admitted(EntityManager em, ClientFilter filter, Map<String, String> customFilter,
                                        List<String> ids) {
        StringBuilder jpql = new StringBuilder("SELECT c.id FROM ClientEntity c WHERE c.id IN :ids");
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("ids", ids);
        ClientConditions.appendFilter(jpql, parameters, filter, customFilter, filter.responsibleManagerIn(), true);
        TypedQuery<String> typed = em.createQuery(jpql.toString(), String.class);
        parameters.forEach(typed::setParameter);
        Set<String> kept = new HashSet<>();
        typed.getResultList().forEach(id -> kept.add(id.strip()));
        return kept;
    }

    /**
     * The ids of a list page in its order, with the value of the order each has, found on an index
     * that covers the order (ids and the order's value only, so the database walks the index
     * instead of sorting the table).
     */
    private static List<Row> listIds(EntityManager em, ClientQuery query, Map<String, String> customFilter,
                                     SearchTerms terms, Cursor after) {
        Optional<Set<String>> candidates = terms.terms().isEmpty() ? Optional.empty() : ClientSearch.candidates(em, terms);
        if (candidates.isPresent() && candidates.get().isEmpty()) {
            return List.of();
        }
        Set<String> managers = query.filter().responsibleManagerIn();
        if (managers == null || managers.size() < 2 || candidates.isPresent()) {
            return ordered(em, query, customFilter, terms, candidates, managers, after);
        }
        // a team: each manager's clients are one range of the manager index, already in name order
        List<Row> merged = new ArrayList<>();
        for (String manager : managers) {
            merged.addAll(ordered(em, query, customFilter, terms, candidates, Set.of(manager), after));
        }
        Comparator<Row> order = Comparator.comparing(Row::value).thenComparing(Row::id);
        merged.sort(query.sort().descending() ? order.reversed() : order);
        return merged.stream().limit(query.limit() + 1L).toList();
    }

    /** An id and the value of the list order it has. */
    private record Row(String id, Comparable<Object> value) {
    }

    @SuppressWarnings("unchecked")
    private static List<Row> ordered(EntityManager em, ClientQuery query, Map<String, String> customFilter, SearchTerms terms,
                                     Optional<Set<String>> candidates, Set<String> managers, Cursor after) {
        ClientSort sort = query.sort();
        String column = column(sort);
        StringBuilder jpql = new StringBuilder("SELECT c.id, ").append(column).append(" FROM ClientEntity c WHERE 1 = 1");
        Map<String, Object> parameters = new HashMap<>();
        ClientConditions.appendFilter(jpql, parameters, query.filter(), customFilter, managers);
        if (candidates.isPresent()) {
            jpql.append(" AND c.id IN :candidates");
            parameters.put("candidates", List.copyOf(candidates.get()));
        } else {
            ClientConditions.appendTerms(jpql, parameters, terms.terms(), "t");
        }
        if (after != null) {
            String op = sort.descending() ? "<" : ">";
            jpql.append(" AND ").append(column).append(' ').append(op).append("= :afterValue AND (")
                    .append(column).append(' ').append(op).append(" :afterValue OR c.id ").append(op).append(" :afterId)");
            parameters.put("afterValue", sort == ClientSort.NAME || sort == ClientSort.NAME_DESC ? after.value() : after.time());
            parameters.put("afterId", after.id());
        }
        String direction = sort.descending() ? " DESC" : " ASC";
        jpql.append(" ORDER BY ").append(column).append(direction).append(", c.id").append(direction);
        TypedQuery<Object[]> typed = em.createQuery(jpql.toString(), Object[].class);
        parameters.forEach(typed::setParameter);
        return typed.setMaxResults(query.limit() + 1).getResultList().stream()
                .map(row -> new Row((String) row[0], (Comparable<Object>) row[1])).toList();
    }

    /**
     * The custom field conditions in canonical form, checked against the definitions.
     *
     * @throws ValidationException naming {@code cf.<key>} for an unknown field or a value it cannot hold
     */
    public static Map<String, String> customFilter(Map<String, String> wanted, List<CustomField> definitions) {
        Map<String, String> canonical = new LinkedHashMap<>();
        List<FieldError> errors = new ArrayList<>();
        wanted.forEach((key, value) -> {
            CustomField field = definitions.stream().filter(f -> f.key().equals(key)).findFirst().orElse(null);
            if (field == null) {
                errors.add(new FieldError("cf." + key, "is not a custom field of clients"));
                return;
            }
            try {
                Object single = field.type() == CustomFieldType.MULTI_PICKLIST ? List.of(value) : value;
                canonical.put(key, CustomValues.canonical(field, single).get(0));
            } catch (IllegalArgumentException e) {
                errors.add(new FieldError("cf." + key, e.getMessage()));
            }
        });
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return canonical;
    }

    private static String column(ClientSort sort) {
        return switch (sort) {
            case NAME, NAME_DESC -> "c.nameKey";
            case CREATED, CREATED_DESC -> "c.createdAt";
            case UPDATED, UPDATED_DESC -> "c.updatedAt";
        };
    }
}
