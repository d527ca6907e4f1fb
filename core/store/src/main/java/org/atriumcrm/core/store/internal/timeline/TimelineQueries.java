package org.atriumcrm.core.store.internal.timeline;

import java.time.Instant;
import java.util.List;

import javax.persistence.EntityManager;
import javax.persistence.TypedQuery;

import org.atriumcrm.core.store.internal.support.Identified;
import org.atriumcrm.core.store.internal.support.Queries;
import org.atriumcrm.core.store.internal.support.Times;

/**
 * The newest rows of one client strictly before a timeline position, for core's timeline sources:
 * ids on the (client, time) index first, then the rows by primary key.
 */
final class TimelineQueries {

    private TimelineQueries() {
    }

    /** @param time the entity's time attribute, e.g. {@code occurredAt} */
    static <E extends Identified> List<E> before(EntityManager em, Class<E> type, String time, String clientId,
                                                Instant before, String beforeId, int limit) {
        StringBuilder jpql = new StringBuilder("SELECT e.id FROM ").append(type.getSimpleName())
                .append(" e WHERE e.clientId = :client");
        if (before != null) {
            jpql.append(" AND e.").append(time).append(" <= :before AND (e.").append(time)
                    .append(" < :before OR e.id < :beforeId)");
        }
        jpql.append(" ORDER BY e.").append(time).append(" DESC, e.id DESC");
        TypedQuery<String> query = em.createQuery(jpql.toString(), String.class).setParameter("client", clientId);
        if (before != null) {
            query.setParameter("before", Times.utc(before)).setParameter("beforeId", beforeId);
        }
        return Queries.byIds(em, type, query.setMaxResults(limit).getResultList());
    }
}
