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
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.atriumcrm.core.quality.MatchKey;

/**
 * The limit Atrium is compared with: plain JDBC on the same Derby version, on a copy of Atrium's
 * own empty schema (same tables, same indexes), writing the same rows a client create writes and
 * reading with the indexed SQL a developer would write by hand; or, for duplicate matching, on
 * Atrium's own loaded database while Atrium is stopped.
 */
final class RawDerby implements AutoCloseable {

    /** Atrium's limits of a duplicate match's candidate lookup (MatchKeyTable). */
    private static final int CANDIDATES_PER_KEY = 50;
    private static final int CANDIDATES_MAX = 200;

    private final String url;
    private final Connection writer;

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

    /** Inserts the clients with their phones, e-mails, search keys, legal entities and status rows; one commit. */
    void insert(List<SyntheticClient> clients) throws SQLException {
        Timestamp now = Timestamp.from(Instant.now());
        try (PreparedStatement client = writer.prepareStatement("INSERT INTO atr_client (id, kind, name, name_key, status,"
                + " created_at, updated_at, version) VALUES (?, ?, ?, ?, 'LEAD', ?, ?, 1)");
             PreparedStatement phone = writer.prepareStatement(
                     "INSERT INTO atr_client_phone (client_id, ord, number, e164) VALUES (?, 0, ?, ?)");
             PreparedStatement email = writer.prepareStatement(
                     "INSERT INTO atr_client_email (client_id, ord, address) VALUES (?, 0, ?)");
             PreparedStatement key = writer.prepareStatement(
                     "INSERT INTO atr_client_key (client_id, search_key) VALUES (?, ?)");
             PreparedStatement status = writer.prepareStatement("INSERT INTO atr_client_status_change"
                     + " (id, client_id, from_status, to_status, changed_at) VALUES (?, ?, NULL, 'LEAD', ?)");
             PreparedStatement entity = writer.prepareStatement("INSERT INTO atr_legal_entity"
                     + " (id, client_id, ord, name, country, inn, tax_id) VALUES (?, ?, 0, ?, ?, ?, ?)")) {
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
            }
            client.executeBatch();
            phone.executeBatch();
            email.executeBatch();
            key.executeBatch();
            status.executeBatch();
            entity.executeBatch();
            writer.commit();
        } catch (SQLException e) {
            writer.rollback();
            throw e;
        }
    }

    /**
     * First page of clients with a search key starting with {@code prefix}, or equal to {@code key}
     * (a range cannot express equality here: Derby compares VARCHARs blank-padded), by name.
     */
    static int search(Connection connection, String key, boolean prefix) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT DISTINCT c.name_key, c.name, c.id, c.status"
                + " FROM atr_client_key k JOIN atr_client c ON c.id = k.client_id"
                + (prefix ? " WHERE k.search_key >= ? AND k.search_key < ?" : " WHERE k.search_key = ?")
                + " ORDER BY c.name_key, c.id FETCH FIRST 20 ROWS ONLY")) {
            query.setString(1, key);
            if (prefix) {
                query.setString(2, key + '\uffff');
            }
            return count(query);
        }
    }

    /** First page of all clients by name. */
    static int listPage(Connection connection) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT id, name, status FROM atr_client ORDER BY name_key, id FETCH FIRST 20 ROWS ONLY")) {
            return count(query);
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
