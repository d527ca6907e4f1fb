package org.atriumcrm.core.store.internal.search;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import javax.persistence.EntityManager;
import javax.persistence.TypedQuery;

import org.atriumcrm.core.api.ClientFilter;
import org.atriumcrm.core.api.ClientQuery;
import org.atriumcrm.core.api.ClientSort;
import org.atriumcrm.core.api.CustomField;
import org.atriumcrm.core.api.CustomFieldType;
import org.atriumcrm.core.api.FieldError;
import org.atriumcrm.core.api.LifecycleStatus;
import org.atriumcrm.core.api.RecordKind;
import org.atriumcrm.core.api.ValidationException;
import org.atriumcrm.core.store.internal.clients.ClientEntity;
import org.atriumcrm.core.store.internal.fields.CustomValues;
import org.atriumcrm.core.store.internal.support.Cursor;
import org.atriumcrm.core.store.internal.support.Queries;

/**
 * Builds the JPQL of one client page: filters, search-key conditions and a keyset condition, in
 * the order of an index, so a page costs an index range scan whatever the size of the base.
 */
public final class ClientFinder {

    private ClientFinder() {
    }

    /**
     * Reads up to {@code limit + 1} clients: the extra one tells whether a next page exists. The
     * page is found on an index that covers the order (ids only, so the database walks the index
     * instead of sorting the table), then read by primary key.
     */
    public static List<ClientEntity> findPage(EntityManager em, ClientQuery query, Map<String, String> customFilter,
                                       SearchTerms terms, Cursor after) {
        Optional<Set<String>> candidates = terms.terms().isEmpty() ? Optional.empty() : ClientSearch.candidates(em, terms);
        if (candidates.isPresent() && candidates.get().isEmpty()) {
            return List.of();
        }
        StringBuilder jpql = new StringBuilder("SELECT c.id FROM ClientEntity c WHERE 1 = 1");
        Map<String, Object> parameters = new HashMap<>();
        appendFilter(jpql, parameters, query.filter());
        int i = 0;
        for (Map.Entry<String, String> condition : customFilter.entrySet()) {
            String n = "cf" + i++;
            jpql.append(" AND c.id IN (SELECT v.recordId FROM CustomValueEntity v WHERE v.recordKind = :").append(n)
                    .append("kind AND v.fieldKey = :").append(n).append("key AND v.value = :").append(n).append("value)");
            parameters.put(n + "kind", RecordKind.CLIENT);
            parameters.put(n + "key", condition.getKey());
            parameters.put(n + "value", condition.getValue());
        }
        if (candidates.isPresent()) {
            jpql.append(" AND c.id IN :candidates");
            parameters.put("candidates", List.copyOf(candidates.get()));
        } else {
            appendTerms(jpql, parameters, terms);
        }
        ClientSort sort = query.sort();
        String column = column(sort);
        if (after != null) {
            String op = sort.descending() ? "<" : ">";
            jpql.append(" AND ").append(column).append(' ').append(op).append("= :afterValue AND (")
                    .append(column).append(' ').append(op).append(" :afterValue OR c.id ").append(op).append(" :afterId)");
            parameters.put("afterValue", sort == ClientSort.NAME || sort == ClientSort.NAME_DESC ? after.value() : after.time());
            parameters.put("afterId", after.id());
        }
        String direction = sort.descending() ? " DESC" : " ASC";
        jpql.append(" ORDER BY ").append(column).append(direction).append(", c.id").append(direction);

        TypedQuery<String> typed = em.createQuery(jpql.toString(), String.class);
        parameters.forEach(typed::setParameter);
        return Queries.byIds(em, ClientEntity.class, typed.setMaxResults(query.limit() + 1).getResultList());
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

    private static void appendFilter(StringBuilder jpql, Map<String, Object> parameters, ClientFilter filter) {
        Queries.equal(jpql, parameters, "c.status", "status", filter.status());
        if (filter.status() == null) {
            // archived clients are listed only when asked for; each list order's index carries the
            // status (V010), so the database skips them on the index without reading the table
            jpql.append(" AND c.status <> :notStatus");
            parameters.put("notStatus", LifecycleStatus.ARCHIVED);
        }
        Queries.equal(jpql, parameters, "c.source", "source", filter.source());
        Queries.equal(jpql, parameters, "c.clientType", "clientType", filter.clientType());
        Queries.equal(jpql, parameters, "c.sector", "sector", filter.sector());
        Queries.equal(jpql, parameters, "c.purchasePotential", "potential", filter.purchasePotential());
        Queries.equal(jpql, parameters, "c.geography", "geography", filter.geography());
        Queries.equal(jpql, parameters, "c.responsibleManagerId", "manager", filter.responsibleManagerId());
        Queries.in(jpql, parameters, "c.responsibleManagerId", "managers", filter.responsibleManagerIn());
        if (filter.tag() != null) {
            appendTerms(jpql, parameters, new SearchTerms(List.of(List.of(SearchKeys.tag(filter.tag())))), "g");
        }
    }

    private static void appendTerms(StringBuilder jpql, Map<String, Object> parameters, SearchTerms terms) {
        appendTerms(jpql, parameters, terms, "t");
    }

    /**
     * One {@code EXISTS} per term over the client's own keys: the database reads them on the key
     * table's primary key (client, key), so walking the list order and checking each client is cheap.
     * Aliases carry {@code prefix} to stay unique.
     */
    private static void appendTerms(StringBuilder jpql, Map<String, Object> parameters, SearchTerms terms,
                                    String prefix) {
        for (int i = 0; i < terms.terms().size(); i++) {
            List<String> patterns = terms.terms().get(i);
            String term = prefix + i;
            jpql.append(" AND EXISTS (SELECT s").append(term).append(" FROM ClientEntity k").append(term)
                    .append(" JOIN k").append(term).append(".searchKeys s").append(term)
                    .append(" WHERE k").append(term).append(".id = c.id AND (");
            for (int p = 0; p < patterns.size(); p++) {
                String name = term + "p" + p;
                KeyRange range = KeyRange.of(patterns.get(p));
                jpql.append(p == 0 ? "" : " OR ").append(range.condition("s" + term, ":" + name + "lo", ":" + name + "hi"));
                parameters.put(name + "lo", range.low());
                parameters.put(name + "hi", range.high());
            }
            jpql.append("))");
        }
    }

    private static String column(ClientSort sort) {
        return switch (sort) {
            case NAME, NAME_DESC -> "c.nameKey";
            case CREATED, CREATED_DESC -> "c.createdAt";
            case UPDATED, UPDATED_DESC -> "c.updatedAt";
        };
    }
}
