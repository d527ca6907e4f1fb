package org.atriumcrm.core.store.internal.schema;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

import org.atriumcrm.core.store.internal.search.SearchKeys;
import org.atriumcrm.core.store.internal.support.TextFolding;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Version 15 of core's schema: the pair keys ({@code m:}) of the clients stored before them, made
 * from the client's name and from each contact's name as every write makes them
 * ({@link SearchKeys#ofName}), each with the client's name key as its sort key. Java, since the
 * words are core's own folding of names, which SQL cannot do.
 *
 * <p>Clients are read in id order, {@value #BATCH} at a time with their contacts, and each batch's
 * keys are inserted as one JDBC batch and committed: at 1 000 000 clients (some millions of keys)
 * one transaction would hold every row in Derby's log. Each batch first deletes the pair keys of its
 * clients, so a migration stopped half-way and run again at the next start writes each key once. No
 * client is written meanwhile: core's services start once the schema is up to date.
 */
final class NamePairBackfill {

    static final MigrationRunner.Script SCRIPT = new MigrationRunner.Script(15, "client_pair_keys", NamePairBackfill::apply);

    private static final int BATCH = 2000;
    private static final String PAIRS_FROM = "m:";
    private static final String PAIRS_TO = "m:\uFFFF";
    private static final Logger LOG = LoggerFactory.getLogger(NamePairBackfill.class);

    private NamePairBackfill() {
    }

    /** The sort key of a client and the pair keys of its names. */
    private record Keys(String sortKey, Set<String> pairs) {
    }

    static void apply(Connection connection) throws SQLException {
        long clients = 0;
        long written = 0;
        try (PreparedStatement next = connection.prepareStatement("SELECT id, name, name_key FROM atr_client WHERE id > ?"
                + " ORDER BY id FETCH FIRST " + BATCH + " ROWS ONLY");
             PreparedStatement contacts = connection.prepareStatement(
                     "SELECT client_id, name FROM atr_contact WHERE client_id > ? AND client_id <= ?");
             PreparedStatement delete = connection.prepareStatement("DELETE FROM atr_client_key"
                     + " WHERE client_id > ? AND client_id <= ? AND search_key >= ? AND search_key < ?");
             PreparedStatement insert = connection.prepareStatement(
                     "INSERT INTO atr_client_key (client_id, search_key, sort_key) VALUES (?, ?, ?)")) {
            String after = "";
            while (true) {
                Map<String, Keys> batch = clientsAfter(next, after);
                if (batch.isEmpty()) {
                    break;
                }
                String last = batch.keySet().stream().reduce((first, second) -> second).orElseThrow();
                addContacts(contacts, after, last, batch);
                delete.setString(1, after);
                delete.setString(2, last);
                delete.setString(3, PAIRS_FROM);
                delete.setString(4, PAIRS_TO);
                delete.executeUpdate();
                for (Map.Entry<String, Keys> client : batch.entrySet()) {
                    for (String pair : client.getValue().pairs()) {
                        insert.setString(1, client.getKey());
                        insert.setString(2, pair);
                        insert.setString(3, client.getValue().sortKey());
                        insert.addBatch();
                        written++;
                    }
                }
                insert.executeBatch();
                connection.commit();
                clients += batch.size();
                after = last;
            }
        }
        LOG.info("Pair keys of {} clients written: {}", clients, written);
    }

    private static Map<String, Keys> clientsAfter(PreparedStatement next, String after) throws SQLException {
        Map<String, Keys> batch = new LinkedHashMap<>();
        next.setString(1, after);
        try (ResultSet rows = next.executeQuery()) {
            while (rows.next()) {
                Set<String> pairs = new LinkedHashSet<>(SearchKeys.namePairs(TextFolding.words(rows.getString(2))));
                batch.put(rows.getString(1), new Keys(rows.getString(3), pairs));
            }
        }
        return batch;
    }

    private static void addContacts(PreparedStatement contacts, String after, String last, Map<String, Keys> batch)
            throws SQLException {
        contacts.setString(1, after);
        contacts.setString(2, last);
        try (ResultSet rows = contacts.executeQuery()) {
            while (rows.next()) {
                Keys keys = batch.get(rows.getString(1));
                if (keys != null) {
                    keys.pairs().addAll(SearchKeys.namePairs(TextFolding.words(rows.getString(2))));
                }
            }
        }
    }
}
