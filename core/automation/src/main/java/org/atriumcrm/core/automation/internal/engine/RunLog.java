package org.atriumcrm.core.automation.internal.engine;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.persistence.TypedQuery;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.atriumcrm.core.automation.internal.AutomationSchema;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The run log, newest first ({@code created_at DESC, id DESC}), a page at a time by keyset: each page
 * starts after the last run of the one before, so runs stored meanwhile neither repeat nor push any out.
 * Every filter walks an index of V009 in this order.
 */
@Component(service = RunLog.class)
public class RunLog {

    public static final int MAX_LIMIT = 200;

    /** What the log is narrowed to; a null one is not narrowed. */
    public record Filter(String ruleId, String recordId, RunStatus status) {
    }

    /** A page of runs, and the cursor of the next one: null on the last page. */
    public record Page(List<Run> runs, RunCursor next) {
    }

    private final JpaTemplate jpa;

    @Activate
    public RunLog(@Reference AutomationSchema schema, @Reference(target = AutomationSchema.UNIT_FILTER) JpaTemplate jpa) {
        this.jpa = jpa;
    }

    /**
     * @param after the cursor of the page before, or null for the newest runs
     * @param limit how many runs a page holds, 1 to {@value #MAX_LIMIT}
     */
    public Page find(Filter filter, RunCursor after, int limit) {
        StringBuilder jpql = new StringBuilder("SELECT r FROM RunEntity r WHERE 1 = 1");
        Map<String, Object> parameters = new HashMap<>();
        narrow(jpql, parameters, "r.ruleId", "rule", filter.ruleId());
        narrow(jpql, parameters, "r.recordId", "record", filter.recordId());
        narrow(jpql, parameters, "r.status", "status", filter.status() == null ? null : filter.status().name());
        if (after != null) {
            // the first condition alone is one the index can start at; the second drops the rows up to the cursor's
            jpql.append(" AND r.createdAt <= :at AND (r.createdAt < :at OR r.id < :id)");
            parameters.put("at", after.createdAt());
            parameters.put("id", after.id());
        }
        jpql.append(" ORDER BY r.createdAt DESC, r.id DESC");
        int size = Math.min(Math.max(limit, 1), MAX_LIMIT);
        return jpa.txExpr(TransactionType.Supports, em -> {
            TypedQuery<RunEntity> query = em.createQuery(jpql.toString(), RunEntity.class);
            parameters.forEach(query::setParameter);
            // one more than the page: whether there is a next page, without counting
            List<RunEntity> found = query.setMaxResults(size + 1).getResultList();
            List<RunEntity> page = found.subList(0, Math.min(size, found.size()));
            RunCursor next = found.size() > size ? RunCursor.after(page.get(size - 1)) : null;
            return new Page(page.stream().map(RunStore::view).toList(), next);
        });
    }

    private static void narrow(StringBuilder jpql, Map<String, Object> parameters, String field, String name, String value) {
        if (value != null) {
            jpql.append(" AND ").append(field).append(" = :").append(name);
            parameters.put(name, value);
        }
    }
}
