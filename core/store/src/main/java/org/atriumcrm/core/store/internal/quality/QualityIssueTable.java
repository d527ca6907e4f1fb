package org.atriumcrm.core.store.internal.quality;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;

import javax.persistence.EntityManager;
import javax.persistence.Query;

import org.atriumcrm.core.api.ValidationException;
import org.atriumcrm.core.quality.ClientQualityIssue;
import org.atriumcrm.core.quality.QualityIssue;
import org.atriumcrm.core.quality.QualityIssueQuery;
import org.atriumcrm.core.store.internal.duplicates.MatchKeyTable;
import org.atriumcrm.core.store.internal.support.Cursor;

/**
 * {@code atr_client_quality_issue}: the bad data core/quality finds in every client (V009), one
 * row an issue, numbered in field order. Always called inside the caller's transaction, after a
 * flush of the client's row.
 */
public final class QualityIssueTable {

    /** The cursor order of the report: by client, then field order. */
    static final String ORDER = "client";
    private static final int ROWS_PER_INSERT = 100;
    private static final String COLUMNS = "i.field, i.issue_type, i.message, i.value, i.fix_action, i.fix_target, "
            + "i.fix_values, i.fix_note";

    private QualityIssueTable() {
    }

    /** One issue of the report, where it stands in the report's order. */
    record Row(String clientId, int ordinal, String clientName, QualityIssue issue) {

        ClientQualityIssue toReported() {
            return new ClientQualityIssue(clientId, clientName, issue);
        }

        Cursor cursor() {
            return new Cursor(ORDER, Integer.toString(ordinal), clientId);
        }
    }

    /** Replaces the client's issues. */
    public static void write(EntityManager em, String clientId, List<QualityIssue> issues) {
        delete(em, clientId);
        insert(em, clientId, issues);
    }

    /** Adds the issues of a client that has none. */
    public static void insert(EntityManager em, String clientId, List<QualityIssue> issues) {
        for (int from = 0; from < issues.size(); from += ROWS_PER_INSERT) {
            int to = Math.min(issues.size(), from + ROWS_PER_INSERT);
            Query insert = em.createNativeQuery("INSERT INTO atr_client_quality_issue (client_id, ordinal, field, issue_type, "
                    + "message, value, fix_action, fix_target, fix_values, fix_note) VALUES "
                    + String.join(",", Collections.nCopies(to - from, "(?,?,?,?,?,?,?,?,?,?)")));
            int parameter = 1;
            for (int ordinal = from; ordinal < to; ordinal++) {
                QualityIssueRow row = QualityIssueRow.of(issues.get(ordinal));
                insert.setParameter(parameter++, clientId);
                insert.setParameter(parameter++, ordinal);
                for (String column : row.columns()) {
                    insert.setParameter(parameter++, column);
                }
            }
            insert.executeUpdate();
        }
    }

    static void delete(EntityManager em, String clientId) {
        em.createNativeQuery("DELETE FROM atr_client_quality_issue WHERE client_id = ?").setParameter(1, clientId).executeUpdate();
    }

    /**
     * Up to {@code max} ids of clients after {@code afterId} in id order, whether they have issues
     * or not: a client without bad data has no row to tell that it was checked.
     */
    static List<String> clientsToCheck(EntityManager em, String afterId, int max) {
        @SuppressWarnings("unchecked")
        List<String> ids = em.createNativeQuery("SELECT id FROM atr_client WHERE id > ? ORDER BY id")
                .setParameter(1, afterId).setMaxResults(max).getResultList();
        return ids.stream().map(String::strip).toList();
    }

    /** The issues of one client, in field order. */
    static List<QualityIssue> of(EntityManager em, String clientId) {
        List<QualityIssue> issues = new ArrayList<>();
        for (Object row : em.createNativeQuery("SELECT " + COLUMNS + " FROM atr_client_quality_issue i WHERE i.client_id = ? "
                + "ORDER BY i.ordinal").setParameter(1, clientId).getResultList()) {
            issues.add(issue((Object[]) row, 0));
        }
        return issues;
    }

    /**
     * Up to {@code limit + 1} issues strictly after the cursor, by client id and field order: of one
     * type when the query names one (an index range on {@code (issue_type, client_id, ordinal)}),
     * of the clients of some managers for a limited caller. Never counts.
     */
    static List<Row> page(EntityManager em, QualityIssueQuery query, Cursor after, int afterOrdinal) {
        List<Object> parameters = new ArrayList<>();
        // Derby's optimizer, left to itself, scans and sorts the whole table once a cursor bounds
        // client_id (seconds at 100 000 issues); told to walk the index in page order and look each
        // client up by its key, it reads about a page of rows. Other databases ignore the comments.
        StringBuilder sql = new StringBuilder("SELECT i.client_id, i.ordinal, c.name, " + COLUMNS
                + " FROM --DERBY-PROPERTIES joinOrder=FIXED\n atr_client_quality_issue i --DERBY-PROPERTIES "
                + (query.type() != null ? "index=ATR_CLIENT_QUALITY_ISSUE_BY_TYPE" : "constraint=ATR_CLIENT_QUALITY_ISSUE_PK")
                + "\n JOIN atr_client c --DERBY-PROPERTIES joinStrategy=NESTEDLOOP\n ON c.id = i.client_id WHERE 1 = 1");
        if (query.type() != null) {
            sql.append(" AND i.issue_type = ?");
            parameters.add(query.type().name());
        }
        if (after != null) {
            // the first condition lets the database start the index range at the cursor
            sql.append(" AND i.client_id >= ? AND (i.client_id > ? OR i.ordinal > ?)");
            parameters.add(after.id());
            parameters.add(after.id());
            parameters.add(afterOrdinal);
        }
        Set<String> managers = query.responsibleManagerIn();
        if (managers != null && managers.isEmpty()) {
            sql.append(" AND 1 = 0");
        } else if (managers != null) {
            sql.append(" AND c.responsible_manager_id IN (").append(MatchKeyTable.placeholders(managers.size())).append(")");
            parameters.addAll(managers);
        }
        sql.append(" ORDER BY i.client_id, i.ordinal");
        Query select = em.createNativeQuery(sql.toString());
        for (int i = 0; i < parameters.size(); i++) {
            select.setParameter(i + 1, parameters.get(i));
        }
        List<Row> rows = new ArrayList<>();
        for (Object result : select.setMaxResults(query.limit() + 1).getResultList()) {
            Object[] columns = (Object[]) result;
            rows.add(new Row(((String) columns[0]).strip(), ((Number) columns[1]).intValue(), (String) columns[2],
                    issue(columns, 3)));
        }
        return rows;
    }

    /** The field position a cursor of the report stands at. @throws ValidationException naming {@code after} */
    static int ordinalOf(Cursor after) {
        try {
            return Integer.parseInt(after.value());
        } catch (NumberFormatException e) {
            throw ValidationException.of("after", "is not a cursor returned by this list");
        }
    }

    private static QualityIssue issue(Object[] columns, int from) {
        return new QualityIssueRow((String) columns[from], (String) columns[from + 1], (String) columns[from + 2],
                (String) columns[from + 3], (String) columns[from + 4], (String) columns[from + 5], (String) columns[from + 6],
                (String) columns[from + 7]).toIssue();
    }
}
