package org.atriumcrm.core.store.internal.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The backfill of version 15 on an embedded Derby holding the tables it reads and writes. */
class NamePairBackfillTest {

    private static final String URL = "jdbc:derby:memory:pairs";
    private Connection connection;

    @BeforeEach
    void tables() throws SQLException {
        connection = DriverManager.getConnection(URL + ";create=true");
        try (Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE atr_client (id CHAR(36) NOT NULL PRIMARY KEY, name VARCHAR(300) NOT NULL,"
                    + " name_key VARCHAR(300) NOT NULL)");
            statement.execute("CREATE TABLE atr_contact (id CHAR(36) NOT NULL PRIMARY KEY, client_id CHAR(36) NOT NULL"
                    + " REFERENCES atr_client (id) ON DELETE CASCADE, ord INTEGER, name VARCHAR(200) NOT NULL)");
            statement.execute("CREATE INDEX atr_contact_by_client ON atr_contact (client_id, ord)");
            statement.execute("CREATE TABLE atr_client_key (client_id CHAR(36) NOT NULL REFERENCES atr_client (id) ON DELETE CASCADE,"
                    + " search_key VARCHAR(300) NOT NULL, sort_key VARCHAR(300) NOT NULL, PRIMARY KEY (client_id, search_key))");
            statement.execute("INSERT INTO atr_client VALUES ('c1', 'Иван Смирнов', 'иван смирнов'),"
                    + " ('c2', 'ООО «Альфа»', 'ооо альфа'), ('c3', 'Газпром', 'газпром')");
            statement.execute("INSERT INTO atr_contact VALUES ('k1', 'c2', 0, 'Peña García'), ('k2', 'c2', 1, 'Ivan')");
            statement.execute("INSERT INTO atr_client_key VALUES ('c1', 'n:иван', 'иван смирнов'), ('c2', 'n:pena', 'ооо альфа')");
        }
        connection.setAutoCommit(false);
    }

    @AfterEach
    void drop() throws SQLException {
        connection.rollback();
        connection.close();
        try {
            DriverManager.getConnection(URL + ";drop=true");
        } catch (SQLException dropped) {
            // Derby reports a dropped in-memory database as an exception
        }
    }

    @Test
    void writesThePairsOfEachNameOnceWithTheClientsSortKey() throws Exception {
        NamePairBackfill.apply(connection);
        List<String> expected = List.of(
                "c1 m:иван смирнов иван смирнов", "c1 m:смирнов иван иван смирнов", "c1 n:иван иван смирнов",
                "c2 m:garcia pena ооо альфа", "c2 m:pena garcia ооо альфа", "c2 m:альфа ооо ооо альфа", "c2 m:ооо альфа ооо альфа",
                "c2 n:pena ооо альфа");
        assertEquals(expected, keys());

        NamePairBackfill.apply(connection);
        assertEquals(expected, keys(), "run again after a stop, it writes each key once");
    }

    private List<String> keys() throws SQLException {
        List<String> keys = new ArrayList<>();
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT client_id, search_key, sort_key FROM atr_client_key"
                     + " ORDER BY client_id, search_key")) {
            while (rows.next()) {
                keys.add(rows.getString(1).strip() + " " + rows.getString(2) + " " + rows.getString(3));
            }
        }
        return keys;
    }
}
