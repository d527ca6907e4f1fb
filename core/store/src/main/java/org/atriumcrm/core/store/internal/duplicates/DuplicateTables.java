package org.atriumcrm.core.store.internal.duplicates;

import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import javax.persistence.EntityManager;
import javax.persistence.Query;

import org.atriumcrm.core.api.ClientMatch;
import org.atriumcrm.core.api.DuplicateScan;
import org.atriumcrm.core.api.DuplicateQuery;
import org.atriumcrm.core.api.ValidationException;
import org.atriumcrm.core.quality.MatchDecision;
import org.atriumcrm.core.store.internal.support.Cursor;
import org.atriumcrm.core.store.internal.support.Records;
import org.atriumcrm.core.store.internal.support.Times;

/**
 * {@code atr_duplicate_scan}, {@code atr_duplicate_group} and {@code atr_duplicate_pair}: the scans
 * and the groups each found (V011). Always called inside the caller's transaction.
 */
final class DuplicateTables {

    /** The cursor order of the group list: best score first. */
    static final String ORDER = "-score";
    private static final int ROWS_PER_INSERT = 100;

    private DuplicateTables() {
    }

    /** A scan as stored. */
    record ScanRow(String id, DuplicateScan.Status status, LocalDateTime startedAt, LocalDateTime finishedAt,
                   long clientsScanned) {

        DuplicateScan toScan() {
            return new DuplicateScan(status, Times.instant(startedAt), Times.instant(finishedAt), clientsScanned);
        }
    }

    /** A group of a page: its id and the score it is ordered by. */
    record GroupRow(String id, double score) {
    }

    /** A pair as stored, still in a group. */
    record PairRow(String groupId, String a, String b, double score, ClientMatch.Decision decision, String reasons) {
    }

    static void startScan(EntityManager em, String scanId, LocalDateTime startedAt) {
        em.createNativeQuery("INSERT INTO atr_duplicate_scan (id, status, started_at, clients_scanned) VALUES (?, ?, ?, 0)")
                .setParameter(1, scanId).setParameter(2, DuplicateScan.Status.RUNNING.name())
                .setParameter(3, Timestamp.valueOf(startedAt)).executeUpdate();
    }

    static void endScan(EntityManager em, String scanId, DuplicateScan.Status status, LocalDateTime finishedAt,
                        long clientsScanned) {
        em.createNativeQuery("UPDATE atr_duplicate_scan SET status = ?, finished_at = ?, clients_scanned = ? WHERE id = ?")
                .setParameter(1, status.name()).setParameter(2, Timestamp.valueOf(finishedAt))
                .setParameter(3, clientsScanned).setParameter(4, scanId).executeUpdate();
    }

    /** The scan started last, whatever its status. */
    static Optional<ScanRow> latest(EntityManager em) {
        return scans(em, "SELECT id, status, started_at, finished_at, clients_scanned FROM atr_duplicate_scan "
                + "ORDER BY started_at DESC", null).stream().findFirst();
    }

    /** The scans a stop left running: those of an earlier run of this service. */
    static List<ScanRow> running(EntityManager em) {
        return scans(em, "SELECT id, status, started_at, finished_at, clients_scanned FROM atr_duplicate_scan "
                + "WHERE status = ?", DuplicateScan.Status.RUNNING);
    }

    /** The scan whose groups are listed: the one that finished last. */
    static Optional<String> listedScan(EntityManager em) {
        @SuppressWarnings("unchecked")
        List<String> ids = em.createNativeQuery("SELECT id FROM atr_duplicate_scan WHERE status = ? ORDER BY finished_at DESC")
                .setParameter(1, DuplicateScan.Status.DONE.name()).setMaxResults(1).getResultList();
        return ids.stream().findFirst().map(String::strip);
    }

    private static List<ScanRow> scans(EntityManager em, String sql, DuplicateScan.Status status) {
        Query query = em.createNativeQuery(sql);
        if (status != null) {
            query.setParameter(1, status.name());
        } else {
            query.setMaxResults(1);
        }
        List<ScanRow> rows = new ArrayList<>();
        for (Object row : query.getResultList()) {
            Object[] columns = (Object[]) row;
            rows.add(new ScanRow(((String) columns[0]).strip(), DuplicateScan.Status.valueOf((String) columns[1]),
                    ((Timestamp) columns[2]).toLocalDateTime(),
                    columns[3] == null ? null : ((Timestamp) columns[3]).toLocalDateTime(), ((Number) columns[4]).longValue()));
        }
        return rows;
    }

    /**
     * Deletes every scan but these two, their groups with them. The scan listed until now stays, so
     * that a reader that found it a moment ago still reads its groups; it goes at the next switch.
     */
    static void keepOnly(EntityManager em, String scanId, String previousScanId) {
        em.createNativeQuery("DELETE FROM atr_duplicate_scan WHERE id <> ? AND id <> ?")
                .setParameter(1, scanId).setParameter(2, previousScanId == null ? scanId : previousScanId).executeUpdate();
    }

    static void deleteGroups(EntityManager em, String scanId) {
        em.createNativeQuery("DELETE FROM atr_duplicate_group WHERE scan_id = ?").setParameter(1, scanId).executeUpdate();
    }

    /**
     * Stores groups of a scan. A client deleted or merged since the scan saw it is left out with its
     * pairs, and a group with no pair left is not stored.
     *
     * @return how many groups were stored
     */
    static int insert(EntityManager em, String scanId, List<DuplicateGrouping.Group> groups) {
        Set<String> clientIds = new LinkedHashSet<>();
        groups.forEach(group -> clientIds.addAll(group.clientIds()));
        Set<String> existing = MatchKeyTable.names(em, clientIds).keySet();
        List<Object[]> groupRows = new ArrayList<>();
        List<Object[]> pairRows = new ArrayList<>();
        for (DuplicateGrouping.Group group : groups) {
            List<DuplicateGrouping.Pair> pairs = group.pairs().stream()
                    .filter(pair -> existing.contains(pair.a()) && existing.contains(pair.b())).toList();
            if (pairs.isEmpty()) {
                continue;
            }
            String groupId = Records.newId();
            boolean strong = pairs.stream().anyMatch(DuplicateGrouping.Pair::strong);
            groupRows.add(new Object[] {groupId, scanId, pairs.get(0).score(),
                    (strong ? MatchDecision.STRONG : MatchDecision.POSSIBLE).name()});
            for (DuplicateGrouping.Pair pair : pairs) {
                pairRows.add(new Object[] {groupId, pair.a(), pair.b(), pair.score(), pair.decision().name(), pair.reasons()});
            }
        }
        insertRows(em, "atr_duplicate_group (id, scan_id, score, decision)", groupRows);
        insertRows(em, "atr_duplicate_pair (group_id, client_a, client_b, score, decision, reasons)", pairRows);
        return groupRows.size();
    }

    private static void insertRows(EntityManager em, String table, List<Object[]> rows) {
        for (int from = 0; from < rows.size(); from += ROWS_PER_INSERT) {
            List<Object[]> chunk = rows.subList(from, Math.min(rows.size(), from + ROWS_PER_INSERT));
            String row = "(" + MatchKeyTable.placeholders(chunk.get(0).length) + ")";
            Query insert = em.createNativeQuery("INSERT INTO " + table + " VALUES " + String.join(",", Collections.nCopies(chunk.size(), row)));
            int parameter = 1;
            for (Object[] values : chunk) {
                for (Object value : values) {
                    insert.setParameter(parameter++, value);
                }
            }
            insert.executeUpdate();
        }
    }

    /** The score a cursor of the group list stands at. @throws ValidationException naming {@code after} */
    static double scoreOf(Cursor after) {
        try {
            return Double.parseDouble(after.value());
        } catch (NumberFormatException e) {
            throw ValidationException.of("after", "is not a cursor returned by this list");
        }
    }

    /** The cursor after a group of a page. */
    static Cursor cursorAt(GroupRow row) {
        return new Cursor(ORDER, Double.toString(row.score()), row.id());
    }

    /**
     * Up to {@code limit + 1} groups of the scan, best first, strictly after the cursor: only those
     * with a pair left (a strong one for {@code minDecision} STRONG) and, for a caller limited to
     * some managers' clients, only those whose clients all are theirs.
     */
    static List<GroupRow> page(EntityManager em, String scanId, DuplicateQuery query, Cursor after, double afterScore) {
        List<Object> parameters = new ArrayList<>();
        StringBuilder sql = new StringBuilder("SELECT g.id, g.score FROM atr_duplicate_group g WHERE g.scan_id = ?");
        parameters.add(scanId);
        if (after != null) {
            // the first condition lets the database start the index range at the cursor
            sql.append(" AND g.score <= ? AND (g.score < ? OR g.id > ?)");
            parameters.add(afterScore);
            parameters.add(afterScore);
            parameters.add(after.id());
        }
        sql.append(" AND EXISTS (SELECT 1 FROM atr_duplicate_pair p WHERE p.group_id = g.id");
        if (query.minDecision() == ClientMatch.Decision.STRONG) {
            sql.append(" AND p.decision = ?");
            parameters.add(MatchDecision.STRONG.name());
        }
        sql.append(")");
        Set<String> managers = query.responsibleManagerIn();
        if (managers != null && managers.isEmpty()) {
            sql.append(" AND 1 = 0");
        } else if (managers != null) {
            sql.append(" AND NOT EXISTS (SELECT 1 FROM atr_duplicate_pair p, atr_client c WHERE p.group_id = g.id"
                    + " AND c.id IN (p.client_a, p.client_b) AND (c.responsible_manager_id IS NULL"
                    + " OR c.responsible_manager_id NOT IN (").append(MatchKeyTable.placeholders(managers.size())).append(")))");
            parameters.addAll(managers);
        }
        sql.append(" ORDER BY g.score DESC, g.id");
        Query page = em.createNativeQuery(sql.toString()).setMaxResults(query.limit() + 1);
        for (int i = 0; i < parameters.size(); i++) {
            page.setParameter(i + 1, parameters.get(i));
        }
        List<GroupRow> rows = new ArrayList<>();
        for (Object row : page.getResultList()) {
            Object[] columns = (Object[]) row;
            rows.add(new GroupRow(((String) columns[0]).strip(), ((Number) columns[1]).doubleValue()));
        }
        return rows;
    }

    /** The pairs still in these groups. */
    static List<PairRow> pairs(EntityManager em, List<String> groupIds) {
        List<PairRow> pairs = new ArrayList<>();
        for (List<String> chunk : MatchKeyTable.chunks(groupIds)) {
            Query query = em.createNativeQuery("SELECT group_id, client_a, client_b, score, decision, reasons "
                    + "FROM atr_duplicate_pair WHERE group_id IN (" + MatchKeyTable.placeholders(chunk.size()) + ")");
            for (int i = 0; i < chunk.size(); i++) {
                query.setParameter(i + 1, chunk.get(i));
            }
            for (Object row : query.getResultList()) {
                Object[] columns = (Object[]) row;
                pairs.add(new PairRow(((String) columns[0]).strip(), ((String) columns[1]).strip(), ((String) columns[2]).strip(),
                        ((Number) columns[3]).doubleValue(), ClientMatch.Decision.valueOf((String) columns[4]), (String) columns[5]));
            }
        }
        return pairs;
    }
}
