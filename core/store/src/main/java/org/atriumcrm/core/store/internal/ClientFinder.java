package org.atriumcrm.core.store.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.persistence.EntityManager;
import javax.persistence.TypedQuery;

import org.atriumcrm.core.api.ClientFilter;
import org.atriumcrm.core.api.ClientQuery;
import org.atriumcrm.core.api.ClientSort;

/**
 * Builds the JPQL of one client page: filters, search-key conditions and a keyset condition, in
 * the order of an index, so a page costs an index range scan whatever the size of the base.
 */
final class ClientFinder {

    private ClientFinder() {
    }

    /** Reads up to {@code limit + 1} rows: the extra one tells whether a next page exists. */
    static List<ClientEntity> findPage(EntityManager em, ClientQuery query, SearchTerms terms, Cursor after) {
        StringBuilder jpql = new StringBuilder("SELECT c FROM ClientEntity c WHERE 1 = 1");
        Map<String, Object> parameters = new HashMap<>();
        appendFilter(jpql, parameters, query.filter());
        appendTerms(jpql, parameters, terms);
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

        TypedQuery<ClientEntity> typed = em.createQuery(jpql.toString(), ClientEntity.class);
        parameters.forEach(typed::setParameter);
        return typed.setMaxResults(query.limit() + 1).getResultList();
    }

    private static void appendFilter(StringBuilder jpql, Map<String, Object> parameters, ClientFilter filter) {
        Queries.equal(jpql, parameters, "c.status", "status", filter.status());
        Queries.equal(jpql, parameters, "c.source", "source", filter.source());
        Queries.equal(jpql, parameters, "c.clientType", "clientType", filter.clientType());
        Queries.equal(jpql, parameters, "c.sector", "sector", filter.sector());
        Queries.equal(jpql, parameters, "c.purchasePotential", "potential", filter.purchasePotential());
        Queries.equal(jpql, parameters, "c.geography", "geography", filter.geography());
        Queries.equal(jpql, parameters, "c.responsibleManagerId", "manager", filter.responsibleManagerId());
        if (filter.tag() != null) {
            appendTerms(jpql, parameters, new SearchTerms(List.of(List.of(SearchKeys.tag(filter.tag())))), "g");
        }
    }

    private static void appendTerms(StringBuilder jpql, Map<String, Object> parameters, SearchTerms terms) {
        appendTerms(jpql, parameters, terms, "t");
    }

    /** One {@code IN} subquery over the key index per term; aliases carry {@code prefix} to stay unique. */
    private static void appendTerms(StringBuilder jpql, Map<String, Object> parameters, SearchTerms terms,
                                    String prefix) {
        for (int i = 0; i < terms.terms().size(); i++) {
            List<String> patterns = terms.terms().get(i);
            String term = prefix + i;
            jpql.append(" AND c.id IN (SELECT k").append(term).append(".id FROM ClientEntity k").append(term)
                    .append(" JOIN k").append(term).append(".searchKeys s").append(term).append(" WHERE ");
            for (int p = 0; p < patterns.size(); p++) {
                String name = term + "p" + p;
                String pattern = patterns.get(p);
                jpql.append(p == 0 ? "" : " OR ").append('s').append(term);
                jpql.append(pattern.endsWith("%") ? " LIKE :" + name + " ESCAPE '\\'" : " = :" + name);
                parameters.put(name, pattern);
            }
            jpql.append(')');
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
