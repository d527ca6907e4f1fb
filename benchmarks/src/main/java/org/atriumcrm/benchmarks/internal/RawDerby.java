package org.atriumcrm.benchmarks.internal;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.atriumcrm.core.quality.MatchKey;

/**
 * The limit Atrium is compared with: plain JDBC on the same Derby version, on Atrium's own loaded
 * database while Atrium is stopped (same tables, same indexes, same rows), writing the same rows a
 * client create writes and reading with the indexed SQL a developer would write by hand.
 */
final class RawDerby implements AutoCloseable {

    /** Atrium's limits of a duplicate match's candidate lookup (MatchKeyTable). */
    private static final int CANDIDATES_PER_KEY = 50;
    private static final int CANDIDATES_MAX = 200;

    /** A page's rows and one more, which tells whether a next page exists: what Atrium reads. */
    static final int PAGE_ROWS = 21;

    private final String url;
    private final Connection writer;
    private final QualityLibrary quality = new QualityLibrary();

    RawDerby(Path database) throws SQLException {
        this.url = "jdbc:derby:" + database;
        this.writer = DriverManager.getConnection(url);
        writer.setAutoCommit(false);
    }

    /** One query of the limit, on the calling worker's own connection. */
    interface Query {
        boolean run(Connection connection, int worker, long sequence) throws SQLException;
    }

    /** The same closed loop as the API's ({@link Load#run}), each worker on its own embedded connection. */
    Latencies load(int workers, double seconds, Query query) throws SQLException, InterruptedException {
        Connection[] connections = new Connection[workers];
        try {
            for (int i = 0; i < workers; i++) {
                connections[i] = DriverManager.getConnection(url);
            }
            return Load.run(workers, seconds, (worker, sequence) -> query.run(connections[worker], worker, sequence));
        } finally {
            for (Connection connection : connections) {
                if (connection != null) {
                    connection.close();
                }
            }
        }
    }

    /**
     * Inserts the clients with their phones, e-mails, search keys, legal entities, status rows and
     * duplicate-matching keys (computed by core/quality, as a create through the API computes them);
     * one commit.
     */
    void insert(List<SyntheticClient> clients) throws SQLException {
        Timestamp now = Timestamp.from(Instant.now());
        try (PreparedStatement client = writer.prepareStatement("INSERT INTO atr_client (id, kind, name, name_key, status,"
                + " created_at, updated_at, version) VALUES (?, ?, ?, ?, 'LEAD', ?, ?, 1)");
             PreparedStatement phone = writer.prepareStatement(
                     "INSERT INTO atr_client_phone (client_id, ord, number, e164) VALUES (?, 0, ?, ?)");
             PreparedStatement email = writer.prepareStatement(
                     "INSERT INTO atr_client_email (client_id, ord, address) VALUES (?, 0, ?)");
             PreparedStatement key = writer.prepareStatement(
                     "INSERT INTO atr_client_key (client_id, search_key, sort_key) VALUES (?, ?, ?)");
             PreparedStatement status = writer.prepareStatement("INSERT INTO atr_client_status_change"
                     + " (id, client_id, from_status, to_status, changed_at) VALUES (?, ?, NULL, 'LEAD', ?)");
             PreparedStatement entity = writer.prepareStatement("INSERT INTO atr_legal_entity"
                     + " (id, client_id, ord, name, country, inn, tax_id) VALUES (?, ?, 0, ?, ?, ?, ?)");
             PreparedStatement matchKey = writer.prepareStatement(
                     "INSERT INTO atr_client_match_key (client_id, key_type, key_value) VALUES (?, ?, ?)")) {
            for (SyntheticClient generated : clients) {
                String id = UUID.randomUUID().toString();
                client.setString(1, id);
                client.setString(2, generated.organisation() ? "ORGANIZATION" : "PERSON");
                client.setString(3, generated.name());
                client.setString(4, generated.nameKey());
                client.setTimestamp(5, now);
                client.setTimestamp(6, now);
                client.addBatch();
                phone.setString(1, id);
                phone.setString(2, generated.phone());
                phone.setString(3, generated.e164());
                phone.addBatch();
                email.setString(1, id);
                email.setString(2, generated.email());
                email.addBatch();
                for (String searchKey : generated.searchKeys()) {
                    key.setString(1, id);
                    key.setString(2, searchKey);
                    key.setString(3, generated.nameKey());
                    key.addBatch();
                }
                status.setString(1, UUID.randomUUID().toString());
                status.setString(2, id);
                status.setTimestamp(3, now);
                status.addBatch();
                if (generated.taxField() != null) {
                    entity.setString(1, UUID.randomUUID().toString());
                    entity.setString(2, id);
                    entity.setString(3, generated.name());
                    entity.setString(4, generated.country());
                    entity.setString(5, "inn".equals(generated.taxField()) ? generated.taxId() : null);
                    entity.setString(6, "taxId".equals(generated.taxField()) ? generated.taxId() : null);
                    entity.addBatch();
                }
                for (MatchKey matching : quality.keysOf(generated.draft())) {
                    matchKey.setString(1, id);
                    matchKey.setString(2, matching.type());
                    matchKey.setString(3, matching.value());
                    matchKey.addBatch();
                }
            }
            client.executeBatch();
            phone.executeBatch();
            email.executeBatch();
            key.executeBatch();
            status.executeBatch();
            entity.executeBatch();
            matchKey.executeBatch();
            writer.commit();
        } catch (SQLException e) {
            writer.rollback();
            throw e;
        }
    }

    /** A connection of its own to the same database, for a query outside the load runs. */
    Connection connection() throws SQLException {
        return DriverManager.getConnection(url);
    }

    /**
     * A search's page as an index walk: the first {@value #PAGE_ROWS} entries of one key range in
     * (key, sort key, client) order; then the page's clients read by primary key.
     */
    static int walkPage(Connection connection, KeyRange range) throws SQLException {
        String sql = "SELECT k.search_key, k.sort_key, k.client_id FROM atr_client_key k WHERE "
                + range.condition("k.search_key")
                + " ORDER BY k.search_key, k.sort_key, k.client_id FETCH FIRST " + PAGE_ROWS + " ROWS ONLY";
        return readClients(connection, ids(connection, sql, range.parameters(), 3));
    }

    /**
     * A two-word search's page on the pair keys ({@code m:<a> <b>}, both orders of two words of one
     * name), as the product walks them: the pairs whose first word is the first typed word whole
     * ({@code m:ivan smirnov%}), then the other way round, then, for as many clients as the page
     * still lacks, the pairs of the first word's prefix whose second word starts with the second
     * ({@code LIKE 'm:ivan% smirnov%'}, checked on the index); a client met again is shown once.
     * Each range is the walk query of {@link #walkPage}, {@value #PAGE_ROWS} entries at most; then
     * the page's clients by primary key.
     */
    static int pairPage(Connection connection, String first, String second) throws SQLException {
        String walk = "SELECT search_key, sort_key, client_id FROM atr_client_key WHERE search_key >= ? AND search_key < ?";
        String order = " ORDER BY search_key, sort_key, client_id FETCH FIRST " + PAGE_ROWS + " ROWS ONLY";
        Set<String> page = new LinkedHashSet<>();
        for (String[] pair : List.of(new String[] {first, second}, new String[] {second, first})) {
            KeyRange range = KeyRange.prefix(SyntheticClient.pair(pair[0], pair[1]));
            page.addAll(ids(connection, walk + order, range.parameters(), 3));
        }
        if (page.size() < PAGE_ROWS) {
            KeyRange range = KeyRange.prefix("m:" + first);
            List<Object> parameters = new ArrayList<>(range.parameters());
            parameters.add("m:" + first + "% " + second + "%");
            page.addAll(ids(connection, walk + " AND search_key LIKE ?" + order, parameters, 3));
        }
        return readClients(connection, page.stream().limit(PAGE_ROWS).collect(Collectors.toCollection(LinkedHashSet::new)));
    }

    /**
     * A list's page on its index: {@code SELECT id FROM atr_client WHERE <where> ORDER BY <order>},
     * the first {@value #PAGE_ROWS}, then those clients read by primary key.
     */
    static int listPage(Connection connection, String where, List<Object> parameters, String order) throws SQLException {
        String sql = "SELECT id FROM atr_client WHERE " + where + " ORDER BY " + order + " FETCH FIRST " + PAGE_ROWS + " ROWS ONLY";
        return readClients(connection, ids(connection, sql, parameters, 1));
    }

    /**
     * The first page of the clients of several responsible managers by name, as a developer would
     * read it without sorting them all: each manager's first {@value #PAGE_ROWS} on the index by
     * (manager, name), merged; then the page's clients by primary key.
     */
    static int managersPage(Connection connection, List<String> managers) throws SQLException {
        List<String[]> merged = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement("SELECT name_key, id FROM atr_client"
                + " WHERE responsible_manager_id = ? AND status <> 'ARCHIVED' ORDER BY name_key, id FETCH FIRST " + PAGE_ROWS + " ROWS ONLY")) {
            for (String manager : managers) {
                query.setString(1, manager);
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        merged.add(new String[] {rows.getString(1), rows.getString(2)});
                    }
                }
            }
        }
        merged.sort(Comparator.<String[], String>comparing(row -> row[0]).thenComparing(row -> row[1]));
        Set<String> page = new LinkedHashSet<>();
        merged.stream().limit(PAGE_ROWS).forEach(row -> page.add(row[1]));
        return readClients(connection, page);
    }

    /**
     * Cursors of pages {@code depth} rows deep in the list by name (archived clients left out), one
     * every page for {@code count} pages: the values a client walking the pages would get.
     */
    static List<String[]> deepNameCursors(Connection connection, int depth, int count) throws SQLException {
        List<String[]> cursors = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement("SELECT name_key, id FROM atr_client WHERE status <> 'ARCHIVED'"
                + " ORDER BY name_key, id OFFSET ? ROWS FETCH NEXT ? ROWS ONLY")) {
            query.setInt(1, depth);
            query.setInt(2, count * 20);
            try (ResultSet rows = query.executeQuery()) {
                for (int row = 0; rows.next(); row++) {
                    if (row % 20 == 0) {
                        cursors.add(new String[] {rows.getString(1), rows.getString(2)});
                    }
                }
            }
        }
        return cursors;
    }

    private static Set<String> ids(Connection connection, String sql, List<Object> parameters, int idColumn) throws SQLException {
        Set<String> ids = new LinkedHashSet<>();
        try (PreparedStatement query = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.size(); i++) {
                query.setObject(i + 1, parameters.get(i));
            }
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    ids.add(rows.getString(idColumn));
                }
            }
        }
        return ids;
    }

    /** What a page shows of each client beside its own row, each read for the whole page at once. */
    private static final List<String> CLIENT_PARTS = List.of(
            "SELECT client_id, ord, number, e164 FROM atr_client_phone WHERE client_id IN ",
            "SELECT client_id, ord, address FROM atr_client_email WHERE client_id IN ",
            "SELECT client_id, ord, url FROM atr_client_website WHERE client_id IN ",
            "SELECT * FROM atr_client_address WHERE client_id IN ",
            "SELECT client_id, ord, tag FROM atr_client_tag WHERE client_id IN ",
            "SELECT * FROM atr_legal_entity WHERE client_id IN ",
            "SELECT record_id, field_key, ord, val FROM atr_custom_value WHERE record_kind = 'CLIENT' AND record_id IN ");
    private static final List<String> CONTACT_PARTS = List.of(
            "SELECT contact_id, ord, number, e164 FROM atr_contact_phone WHERE contact_id IN ",
            "SELECT contact_id, ord, address FROM atr_contact_email WHERE contact_id IN ");

    /**
     * The clients of a page as the page shows them, by primary key: their rows, then their phones,
     * e-mails, websites, addresses, tags, legal entities, custom values and contacts (with the
     * contacts' phones and e-mails when there are contacts), one query per table for the page.
     * Returns how many clients were read.
     */
    private static int readClients(Connection connection, Set<String> ids) throws SQLException {
        if (ids.isEmpty()) {
            return 0;
        }
        int clients = count(connection, "SELECT id, name, kind, status, source, client_type, sector, purchase_potential, geography,"
                + " responsible_manager_id, created_at, updated_at, version FROM atr_client WHERE id IN ", ids);
        for (String part : CLIENT_PARTS) {
            count(connection, part, ids);
        }
        Set<String> contacts = new LinkedHashSet<>(ids(connection, "SELECT id, client_id, ord, name, position FROM atr_contact"
                + " WHERE client_id IN (" + "?,".repeat(ids.size() - 1) + "?)", new ArrayList<>(ids), 1));
        if (!contacts.isEmpty()) {
            for (String part : CONTACT_PARTS) {
                count(connection, part, contacts);
            }
        }
        return clients;
    }

    /** The rows of {@code sql} followed by an IN list of {@code ids}. */
    private static int count(Connection connection, String sql, Set<String> ids) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(sql + "(" + "?,".repeat(ids.size() - 1) + "?)")) {
            int parameter = 1;
            for (String id : ids) {
                query.setString(parameter++, id);
            }
            return count(query);
        }
    }

    /** A range of search keys: an exact key, or a prefix up to the highest character. */
    record KeyRange(String low, boolean prefix) {

        static KeyRange exact(String key) {
            return new KeyRange(key, false);
        }

        static KeyRange prefix(String key) {
            return new KeyRange(key, true);
        }

        String condition(String column) {
            return prefix ? column + " >= ? AND " + column + " < ?" : column + " = ?";
        }

        List<Object> parameters() {
            return prefix ? List.of(low, low + '\uffff') : List.of(low);
        }
    }

    /**
     * The candidate lookup of a duplicate match by hand, with Atrium's limits (MatchKeyTable): each
     * lookup key by equality on {@code atr_client_match_key}'s lookup index, at most
     * {@value #CANDIDATES_PER_KEY} + 1 rows, a key with more left out as too common; then every key of
     * the (at most {@value #CANDIDATES_MAX}) clients found, by client id. Returns the keys read.
     */
    static int matchCandidateKeys(Connection connection, Collection<MatchKey> lookupKeys) throws SQLException {
        Set<String> candidates = new LinkedHashSet<>();
        try (PreparedStatement lookup = connection.prepareStatement("SELECT client_id FROM atr_client_match_key"
                + " WHERE key_type = ? AND key_value = ? FETCH FIRST " + (CANDIDATES_PER_KEY + 1) + " ROWS ONLY")) {
            for (MatchKey key : lookupKeys) {
                lookup.setString(1, key.type());
                lookup.setString(2, key.value());
                List<String> found = new ArrayList<>();
                try (ResultSet rows = lookup.executeQuery()) {
                    while (rows.next()) {
                        found.add(rows.getString(1));
                    }
                }
                if (found.size() <= CANDIDATES_PER_KEY) {
                    found.stream().limit(CANDIDATES_MAX - candidates.size()).forEach(candidates::add);
                }
            }
        }
        if (candidates.isEmpty()) {
            return 0;
        }
        try (PreparedStatement keys = connection.prepareStatement("SELECT client_id, key_type, key_value FROM atr_client_match_key"
                + " WHERE client_id IN (" + "?,".repeat(candidates.size() - 1) + "?)")) {
            int parameter = 1;
            for (String id : candidates) {
                keys.setString(parameter++, id);
            }
            return count(keys);
        }
    }

    private static int count(PreparedStatement query) throws SQLException {
        int rows = 0;
        try (ResultSet result = query.executeQuery()) {
            while (result.next()) {
                result.getString(2);
                rows++;
            }
        }
        return rows;
    }

    @Override
    public void close() throws SQLException {
        writer.close();
        try {
            DriverManager.getConnection(url + ";shutdown=true");
        } catch (SQLException expected) {
            // Derby reports a clean shutdown of a database as an exception (08006)
        }
    }
}
