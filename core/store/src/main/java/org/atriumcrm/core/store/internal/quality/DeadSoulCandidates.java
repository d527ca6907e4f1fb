package org.atriumcrm.core.store.internal.quality;

import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.persistence.EntityManager;
import javax.persistence.Query;

import org.atriumcrm.core.api.LifecycleStatus;
import org.atriumcrm.core.store.internal.support.Cursor;

/**
 * Reads what {@link DeadSoulRule} looks at, a batch of clients at a time: clients not archived and
 * unchanged since a moment, oldest change first, walked on the index on (updated_at, id, status)
 * (V010); then, for the batch's ids, their latest activity, deal and task changes and their contact
 * points, one grouped query each on the tables' client indexes. Nothing scans a whole table. Always
 * called inside the caller's transaction.
 */
final class DeadSoulCandidates {

    /** The cursor order of the dead soul list: least recently changed first. */
    static final String ORDER = "updated";

    /** Per client of the batch: one row of (client id, value); clients with nothing have no row. */
    private static final String LAST_ACTIVITY = "SELECT client_id, MAX(occurred_at) FROM atr_activity "
            + "WHERE client_id IN (%s) GROUP BY client_id";
    private static final String LAST_OPPORTUNITY = "SELECT client_id, MAX(updated_at) FROM atr_opportunity "
            + "WHERE client_id IN (%s) GROUP BY client_id";
    private static final String LAST_TASK = "SELECT client_id, MAX(updated_at) FROM atr_task "
            + "WHERE client_id IN (%s) GROUP BY client_id";
    private static final String PHONES = "SELECT client_id, COUNT(*) FROM atr_client_phone "
            + "WHERE client_id IN (%s) GROUP BY client_id";
    private static final String EMAILS = "SELECT client_id, COUNT(*) FROM atr_client_email "
            + "WHERE client_id IN (%s) GROUP BY client_id";
    private static final String CONTACTS = "SELECT client_id, COUNT(*) FROM atr_contact "
            + "WHERE client_id IN (%s) GROUP BY client_id";
    private static final String TAX_IDENTIFIED = "SELECT client_id, COUNT(*) FROM atr_legal_entity "
            + "WHERE client_id IN (%s) AND (inn IS NOT NULL OR ogrn IS NOT NULL OR tax_id IS NOT NULL "
            + "OR vat_number IS NOT NULL) GROUP BY client_id";

    private DeadSoulCandidates() {
    }

    /** A client of a batch, with its facts. */
    record Candidate(String id, String name, LocalDateTime changedAt, DeadSoulRule.Facts facts) {

        /** Where a page that ends at this client continues. */
        Cursor cursor() {
            return Cursor.at(ORDER, changedAt, id);
        }
    }

    /**
     * Up to {@code size} clients after the cursor, in list order.
     *
     * @param changedBefore only clients whose own last change is before this: a later one is a sign of life
     * @param managers      only clients with one of these responsible managers; {@code null} for anyone's
     */
    static List<Candidate> batch(EntityManager em, LocalDateTime changedBefore, Cursor after, Set<String> managers, int size) {
        if (managers != null && managers.isEmpty()) {
            return List.of();
        }
        StringBuilder sql = new StringBuilder("SELECT id, name, status, updated_at FROM atr_client "
                + "WHERE updated_at < ? AND status <> ?");
        List<Object> parameters = new ArrayList<>(List.of(Timestamp.valueOf(changedBefore), LifecycleStatus.ARCHIVED.name()));
        if (after != null) {
            // the first condition lets the database start the index range at the cursor
            sql.append(" AND updated_at >= ? AND (updated_at > ? OR id > ?)");
            Timestamp afterTime = Timestamp.valueOf(after.time());
            parameters.addAll(List.of(afterTime, afterTime, after.id()));
        }
        if (managers != null) {
            sql.append(" AND responsible_manager_id IN (").append(placeholders(managers.size())).append(')');
            parameters.addAll(managers);
        }
        // FETCH FIRST tells the database that only the start of the order is read, so it walks the index
        sql.append(" ORDER BY updated_at, id FETCH FIRST ").append(size).append(" ROWS ONLY");
        List<Object[]> rows = rows(em, sql.toString(), parameters);
        if (rows.isEmpty()) {
            return List.of();
        }
        List<String> ids = rows.stream().map(row -> ((String) row[0]).strip()).toList();
        Map<String, LocalDateTime> lastActivity = times(em, LAST_ACTIVITY, ids);
        Map<String, LocalDateTime> lastOpportunity = times(em, LAST_OPPORTUNITY, ids);
        Map<String, LocalDateTime> lastTask = times(em, LAST_TASK, ids);
        Map<String, Integer> phones = counts(em, PHONES, ids);
        Map<String, Integer> emails = counts(em, EMAILS, ids);
        Map<String, Integer> contacts = counts(em, CONTACTS, ids);
        Map<String, Integer> taxIdentified = counts(em, TAX_IDENTIFIED, ids);
        List<Candidate> batch = new ArrayList<>(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            Object[] row = rows.get(i);
            String id = ids.get(i);
            LocalDateTime changedAt = ((Timestamp) row[3]).toLocalDateTime();
            batch.add(new Candidate(id, (String) row[1], changedAt, new DeadSoulRule.Facts(
                    LifecycleStatus.valueOf(((String) row[2]).strip()), changedAt, lastActivity.get(id),
                    lastOpportunity.get(id), lastTask.get(id), phones.getOrDefault(id, 0), emails.getOrDefault(id, 0),
                    contacts.getOrDefault(id, 0), taxIdentified.getOrDefault(id, 0))));
        }
        return batch;
    }

    private static Map<String, LocalDateTime> times(EntityManager em, String sql, List<String> ids) {
        Map<String, LocalDateTime> times = new HashMap<>();
        for (Object[] row : rows(em, sql.formatted(placeholders(ids.size())), List.copyOf(ids))) {
            times.put(((String) row[0]).strip(), ((Timestamp) row[1]).toLocalDateTime());
        }
        return times;
    }

    private static Map<String, Integer> counts(EntityManager em, String sql, List<String> ids) {
        Map<String, Integer> counts = new HashMap<>();
        for (Object[] row : rows(em, sql.formatted(placeholders(ids.size())), List.copyOf(ids))) {
            counts.put(((String) row[0]).strip(), ((Number) row[1]).intValue());
        }
        return counts;
    }

    private static List<Object[]> rows(EntityManager em, String sql, List<?> parameters) {
        Query query = em.createNativeQuery(sql);
        for (int i = 0; i < parameters.size(); i++) {
            query.setParameter(i + 1, parameters.get(i));
        }
        List<?> rows = query.getResultList();
        return rows.stream().map(row -> (Object[]) row).toList();
    }

    private static String placeholders(int count) {
        return "?,".repeat(count - 1) + "?";
    }
}
