package org.atriumcrm.core.store.internal.search;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.atriumcrm.core.api.ClientFilter;
import org.atriumcrm.core.api.LifecycleStatus;
import org.atriumcrm.core.api.RecordKind;
import org.atriumcrm.core.store.internal.support.Queries;

/**
 * The JPQL conditions on {@code ClientEntity c} of a list's filters and search terms, written once
 * for both ways a page is found: walking a list order, or walking the key index and checking the
 * clients it names.
 */
final class ClientConditions {

    private ClientConditions() {
    }

    /**
     * @param managers the responsible managers to keep, instead of the filter's own set (one manager
     *                 of a team when a team's list is merged from each manager's index range)
     */
    static void appendFilter(StringBuilder jpql, Map<String, Object> parameters, ClientFilter filter,
                             Map<String, String> customFilter, Set<String> managers) {
        appendFilter(jpql, parameters, filter, customFilter, managers, false);
    }

    /**
     * @param valuesByKey check custom values on the clients' own keys ({@code f:}), as the walk
     *                    checks a batch of clients; a value too long for a whole key is read itself
     */
    static void appendFilter(StringBuilder jpql, Map<String, Object> parameters, ClientFilter filter,
                             Map<String, String> customFilter, Set<String> managers, boolean valuesByKey) {
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
        Queries.in(jpql, parameters, "c.responsibleManagerId", "managers", managers);
        if (filter.tag() != null) {
            appendTerms(jpql, parameters, List.of(List.of(SearchTerms.escape(SearchKeys.tag(filter.tag())))), "g");
        }
        int i = 0;
        for (Map.Entry<String, String> condition : customFilter.entrySet()) {
            String n = "cf" + i++;
            String key = SearchKeys.customValue(condition.getKey(), condition.getValue());
            if (valuesByKey && SearchKeys.whole(key)) {
                appendTerms(jpql, parameters, List.of(List.of(SearchTerms.escape(key))), n);
                continue;
            }
            // correlated, so that checking a client reads its own values on their primary key; as
            // IN (SELECT …) Derby reads every value of the field first (2 s at 300 000 clients)
            jpql.append(" AND EXISTS (SELECT v FROM CustomValueEntity v WHERE v.recordId = c.id AND v.recordKind = :").append(n)
                    .append("kind AND v.fieldKey = :").append(n).append("key AND v.value = :").append(n).append("value)");
            parameters.put(n + "kind", RecordKind.CLIENT);
            parameters.put(n + "key", condition.getKey());
            parameters.put(n + "value", condition.getValue());
        }
    }

    /**
     * One {@code EXISTS} per term over the client's own keys: the database reads them on the key
     * table's primary key (client, key), so checking a client costs one short index range.
     * Aliases carry {@code prefix} to stay unique.
     */
    static void appendTerms(StringBuilder jpql, Map<String, Object> parameters, List<List<String>> terms,
                            String prefix) {
        for (int i = 0; i < terms.size(); i++) {
            List<String> patterns = terms.get(i);
            String term = prefix + i;
            jpql.append(" AND EXISTS (SELECT s").append(term).append(" FROM ClientEntity k").append(term)
                    .append(" JOIN k").append(term).append(".searchKeys s").append(term)
                    .append(" WHERE k").append(term).append(".id = c.id AND (");
            for (int p = 0; p < patterns.size(); p++) {
                String name = term + "p" + p;
                KeyRange range = KeyRange.of(patterns.get(p));
                jpql.append(p == 0 ? "" : " OR ").append(range.condition("s" + term + ".searchKey", name));
                range.bind(parameters, name);
            }
            jpql.append("))");
        }
    }
}
