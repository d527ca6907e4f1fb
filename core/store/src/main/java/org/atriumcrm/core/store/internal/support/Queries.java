package org.atriumcrm.core.store.internal.support;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import javax.persistence.EntityManager;
import javax.persistence.Query;

import org.atriumcrm.core.api.Page;
import org.atriumcrm.core.api.ValidationException;

/** JPQL pieces that every list builds the same way: exact filters, keyset conditions, pages. */
public final class Queries {

    private Queries() {
    }

    /** @throws ValidationException naming {@code limit} when it is outside 1..{@value Page#MAX_LIMIT} */
    public static void checkLimit(int limit) {
        if (limit < 1 || limit > Page.MAX_LIMIT) {
            throw ValidationException.of("limit", "must be between 1 and " + Page.MAX_LIMIT);
        }
    }

    /** Binds a native query's {@code ?} markers, in order. */
    public static void bind(Query query, List<?> values) {
        for (int i = 0; i < values.size(); i++) {
            query.setParameter(i + 1, values.get(i));
        }
    }

    /** {@code AND path = :name} when the value is not {@code null}. */
    public static void equal(StringBuilder jpql, Map<String, Object> parameters, String path, String name, Object value) {
        if (value != null) {
            jpql.append(" AND ").append(path).append(" = :").append(name);
            parameters.put(name, value);
        }
    }

    /** {@code AND path IN :name} when {@code values} is not {@code null}; an empty set matches nothing. */
    public static void in(StringBuilder jpql, Map<String, Object> parameters, String path, String name, Set<String> values) {
        if (values == null) {
            return;
        }
        if (values.isEmpty()) {
            jpql.append(" AND 1 = 0"); // IN () is not SQL
            return;
        }
        if (values.size() == 1) {
            // an equality lets the database start an index range at the value and keep its order
            equal(jpql, parameters, path, name, values.iterator().next());
            return;
        }
        jpql.append(" AND ").append(path).append(" IN :").append(name);
        parameters.put(name, List.copyOf(values));
    }

    /** Rows strictly after the cursor in {@code ORDER BY time DESC, id DESC}, and that order. */
    public static void keysetDescending(StringBuilder jpql, Map<String, Object> parameters, String time, String id, Cursor after) {
        keyset(jpql, parameters, time, id, after, "<", " DESC");
    }

    /** Rows strictly after the cursor in {@code ORDER BY time ASC, id ASC}, and that order. */
    public static void keysetAscending(StringBuilder jpql, Map<String, Object> parameters, String time, String id, Cursor after) {
        keyset(jpql, parameters, time, id, after, ">", " ASC");
    }

    private static void keyset(StringBuilder jpql, Map<String, Object> parameters, String time, String id, Cursor after,
                               String op, String direction) {
        if (after != null) {
            // the first condition lets the database start the index range at the cursor
            jpql.append(" AND ").append(time).append(' ').append(op).append("= :afterTime AND (")
                    .append(time).append(' ').append(op).append(" :afterTime OR ")
                    .append(id).append(' ').append(op).append(" :afterId)");
            parameters.put("afterTime", after.time());
            parameters.put("afterId", after.id());
        }
        jpql.append(" ORDER BY ").append(time).append(direction).append(", ").append(id).append(direction);
    }

    /**
     * The entities with these ids, in the order of the ids: the second step of a page whose ids
     * were found on an index. One query by primary key; their collections come in batches.
     */
    public static <E extends Identified> List<E> byIds(EntityManager em, Class<E> type, List<String> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<String, E> byId = new HashMap<>();
        em.createQuery("SELECT e FROM " + type.getSimpleName() + " e WHERE e.id IN :ids", type)
                .setParameter("ids", ids).getResultList().forEach(entity -> byId.put(entity.id(), entity));
        List<E> ordered = new ArrayList<>(ids.size());
        for (String id : ids) {
            E entity = byId.get(id);
            if (entity != null) {
                ordered.add(entity);
            }
        }
        return ordered;
    }

    /** A page from {@code limit + 1} rows: the extra row only says that there is a next page. */
    public static <E, T> Page<T> page(List<E> rows, int limit, Function<E, T> toDto, Function<E, Cursor> cursorAt) {
        boolean more = rows.size() > limit;
        List<E> page = more ? rows.subList(0, limit) : rows;
        String next = more ? cursorAt.apply(page.get(page.size() - 1)).encode() : null;
        return new Page<>(page.stream().map(toDto).toList(), next);
    }
}
