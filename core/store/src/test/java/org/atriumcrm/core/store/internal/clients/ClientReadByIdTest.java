package org.atriumcrm.core.store.internal.clients;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.lang.reflect.Proxy;
import java.net.MalformedURLException;
import java.net.URISyntaxException;
import java.net.URL;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import org.apache.derby.jdbc.EmbeddedDataSource;
import org.atriumcrm.core.api.Client;
import org.atriumcrm.core.api.CustomField;
import org.atriumcrm.core.api.CustomFieldType;
import org.atriumcrm.core.api.RecordKind;
import org.atriumcrm.core.api.SchemaMigrations;
import org.atriumcrm.core.store.internal.schema.JdbcSchemaMigrations;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;

/**
 * A read by id on an embedded Derby with the core schema as its migrations make it: from the parts
 * document when that is of the row's version, from the part tables otherwise.
 */
class ClientReadByIdTest {

    private static final String DATABASE = "memory:readbyid";
    private static final String ID = "0b7e3c2a-2f4c-4d1e-9a55-000000000001";
    private static final List<CustomField> FIELDS = List.of(
            new CustomField("f-1", RecordKind.CLIENT, "segment", "Segment", CustomFieldType.TEXT, false, null, List.of(), 1),
            new CustomField("f-2", RecordKind.CLIENT, "интересы", "Интересы", CustomFieldType.MULTI_PICKLIST, false, null,
                    List.of("бег", "плавание"), 1));

    private static Connection connection;

    @BeforeAll
    static void schema() throws SQLException {
        EmbeddedDataSource dataSource = new EmbeddedDataSource();
        dataSource.setDatabaseName(DATABASE);
        dataSource.setCreateDatabase("create");
        new JdbcSchemaMigrations(dataSource).migrate(coreScripts(), "core");
        connection = dataSource.getConnection();
    }

    @AfterAll
    static void drop() throws SQLException {
        connection.close();
        try {
            DriverManager.getConnection("jdbc:derby:" + DATABASE + ";drop=true");
        } catch (SQLException dropped) {
            // Derby reports a dropped in-memory database as an exception
        }
    }

    @BeforeEach
    void oneClientWithEveryPart() throws SQLException {
        execute("INSERT INTO atr_client (id, kind, name, name_key, status, created_at, updated_at, version)"
                + " VALUES ('" + ID + "', 'ORGANIZATION', 'ООО «Альфа»', 'ооо альфа', 'LEAD', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 1)");
        execute("INSERT INTO atr_client_phone (client_id, ord, number, e164) VALUES ('" + ID + "', 0, '+7 (812) 123-45-67', '+78121234567')");
        execute("INSERT INTO atr_client_email (client_id, ord, address) VALUES ('" + ID + "', 0, 'peña@example.es')");
        execute("INSERT INTO atr_client_website (client_id, ord, url) VALUES ('" + ID + "', 0, 'https://альфа.рф/')");
        execute("INSERT INTO atr_client_address (client_id, ord, street, city, country)"
                + " VALUES ('" + ID + "', 0, 'Невский пр., д. 1', 'Санкт-Петербург', 'RU')");
        execute("INSERT INTO atr_client_tag (client_id, ord, tag) VALUES ('" + ID + "', 0, 'постоянный'), ('" + ID + "', 1, 'vip')");
        execute("INSERT INTO atr_contact (id, client_id, ord, name, position, birthday, notes)"
                + " VALUES ('k-1', '" + ID + "', 0, 'José Núñez', 'директор', '1980-02-29', 'звонить после 12:00')");
        execute("INSERT INTO atr_contact_phone (contact_id, ord, number, e164) VALUES ('k-1', 0, '+34 612 34 56 78', '+34612345678')");
        execute("INSERT INTO atr_contact_email (contact_id, ord, address) VALUES ('k-1', 0, 'jose@альфа.рф')");
        execute("INSERT INTO atr_legal_entity (id, client_id, ord, name, country, inn, bank_name, bik)"
                + " VALUES ('l-1', '" + ID + "', 0, 'ООО «Альфа»', 'RU', '7707083893', 'ПАО Сбербанк', '044525225')");
        execute("INSERT INTO atr_custom_value (record_kind, record_id, field_key, ord, val) VALUES ('CLIENT', '" + ID
                + "', 'segment', 0, 'médium'), ('CLIENT', '" + ID + "', 'интересы', 0, 'бег'), ('CLIENT', '" + ID
                + "', 'интересы', 1, 'плавание')");
    }

    @AfterEach
    void deleteTheClient() throws SQLException {
        execute("DELETE FROM atr_custom_value WHERE record_id = '" + ID + "'");
        execute("DELETE FROM atr_client WHERE id = '" + ID + "'");
    }

    @Test
    void theDocumentOfTheRowsVersionGivesTheClientThePartTablesGive() throws SQLException {
        Client fromTables = read();
        assertEquals(2, fromTables.tags().size(), "every part is read: " + fromTables);
        assertEquals(List.of("бег", "плавание"), fromTables.customFields().get("интересы"));

        writeDocumentOfVersion(1);

        assertEquals(fromTables, read());
    }

    @Test
    void theDocumentIsReadInsteadOfTheTablesWhileItIsOfTheRowsVersion() throws SQLException {
        writeDocumentOfVersion(1);
        // behind the document's back, which no write of the store does without a new version
        execute("UPDATE atr_client_tag SET tag = 'changed' WHERE client_id = '" + ID + "' AND ord = 1");

        assertEquals(List.of("постоянный", "vip"), read().tags());
    }

    @Test
    void aDocumentOfAnotherVersionIsLeftAsideForTheTables() throws SQLException {
        writeDocumentOfVersion(1);
        execute("UPDATE atr_client_tag SET tag = 'changed' WHERE client_id = '" + ID + "' AND ord = 1");
        execute("UPDATE atr_client SET version = 2 WHERE id = '" + ID + "'");

        Client client = read();

        assertEquals(List.of("постоянный", "changed"), client.tags());
        assertEquals(2, client.version());
    }

    @Test
    void aDocumentIsNotWrittenForAVersionTheRowIsNotAt() throws SQLException {
        writeDocumentOfVersion(3);
        execute("UPDATE atr_client SET version = 3 WHERE id = '" + ID + "'");
        execute("UPDATE atr_client_tag SET tag = 'changed' WHERE client_id = '" + ID + "' AND ord = 1");

        assertEquals(List.of("постоянный", "changed"), read().tags());
    }

    @Test
    void aDocumentThatCannotBeReadIsLeftAsideForTheTables() throws SQLException {
        execute("UPDATE atr_client SET parts_doc = '{\"tags\":', parts_version = 1 WHERE id = '" + ID + "'");

        assertEquals(List.of("постоянный", "vip"), read().tags());
    }

    @Test
    void aPageReadGivesEachClientAsItsReadByIdDoesWithOrWithoutADocument() throws SQLException {
        String second = "0b7e3c2a-2f4c-4d1e-9a55-000000000002";
        execute("INSERT INTO atr_client (id, kind, name, name_key, status, created_at, updated_at, version)"
                + " VALUES ('" + second + "', 'PERSON', 'Núria Puig', 'nuria puig', 'ACTIVE', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 4)");
        execute("INSERT INTO atr_client_tag (client_id, ord, tag) VALUES ('" + second + "', 0, 'b'), ('" + second + "', 1, 'a')");
        try {
            writeDocumentOfVersion(1);
            Client documented = read();
            Client fromTables = ClientPartRows.client(connection, second, FIELDS).orElseThrow();

            Map<String, Client> page = ClientPartRows.clients(connection, List.of(second, "no-such-client", ID), FIELDS);

            assertEquals(Map.of(ID, documented, second, fromTables), page);
            assertEquals(List.of("b", "a"), page.get(second).tags());
        } finally {
            execute("DELETE FROM atr_client WHERE id = '" + second + "'");
        }
    }

    @Test
    void noClientIsNone() throws SQLException {
        assertTrue(ClientPartRows.client(connection, "no-such-client", FIELDS).isEmpty());
    }

    private Client read() throws SQLException {
        return ClientPartRows.client(connection, ID, FIELDS).orElseThrow();
    }

    /** As a write does: the parts read back from their tables, stored for that version. */
    private void writeDocumentOfVersion(long version) throws SQLException {
        ClientParts parts = ClientPartRows.read(connection, List.of(ID)).get(ID);
        PartsDocumentColumn.write(connection, List.of(new PartsDocumentColumn.Stored(ID, version, parts)));
    }

    private static void execute(String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    /** A bundle whose only content is core's migration scripts, from the classpath. */
    private static Bundle coreScripts() {
        return (Bundle) Proxy.newProxyInstance(Bundle.class.getClassLoader(), new Class<?>[] {Bundle.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "findEntries" -> Collections.enumeration(scripts((String) args[0]));
                    case "getSymbolicName" -> "org.atriumcrm.core.store";
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }

    private static List<URL> scripts(String folder) throws URISyntaxException {
        File[] files = new File(ClientReadByIdTest.class.getClassLoader().getResource(folder).toURI())
                .listFiles((dir, name) -> name.matches("V\\d+__\\w+\\.sql"));
        return Arrays.stream(files).map(file -> {
            try {
                return file.toURI().toURL();
            } catch (MalformedURLException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }
}
