package org.atriumcrm.core.store.internal.clients;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Supplier;

import javax.persistence.EntityManager;
import javax.persistence.PersistenceException;
import javax.sql.DataSource;

import org.atriumcrm.core.api.Address;
import org.atriumcrm.core.api.BankDetails;
import org.atriumcrm.core.api.Client;
import org.atriumcrm.core.api.ClientKind;
import org.atriumcrm.core.api.ContactPerson;
import org.atriumcrm.core.api.CustomField;
import org.atriumcrm.core.api.LegalEntity;
import org.atriumcrm.core.api.LifecycleStatus;
import org.atriumcrm.core.api.PurchasePotential;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads the {@link ClientParts} of one client or of a page of clients in one statement: a
 * {@code UNION ALL} of one branch per table, each on the index that starts with the client's id
 * (a contact's phones and e-mails through {@code atr_contact_by_client}). Read as lazy collections,
 * the same parts cost a statement each, and two more per contact: eleven statements for one client
 * with a contact, each taking a pooled connection and Derby's statement cache lock, which 32
 * concurrent reads queued on. The rows come in no order; each list is put in its stored order here.
 * A read by id takes the parts from the client's {@link PartsDocument} instead when that is current,
 * and comes here only when it is not.
 */
public final class ClientPartRows {

    private static final Logger LOG = LoggerFactory.getLogger(ClientPartRows.class);

    /** Values a branch can carry: a legal entity's are the most. */
    private static final int VALUES = 14;
    /**
     * Id lists are padded to a few sizes, so that a page of any size reuses one of a few compiled
     * statements: 1, 2, 4, 8, then by 8 (a page of 20 and its extra client take 24).
     */
    private static final int MAX_IDS = 128;
    /** What pads an id list: no client's id, so no row is read twice (Derby probes a repeated value again). */
    private static final String NO_ID = "";

    private static final String PHONES = "P";
    private static final String EMAILS = "E";
    private static final String WEBSITES = "W";
    private static final String ADDRESSES = "A";
    private static final String TAGS = "T";
    private static final String CONTACTS = "C";
    private static final String CONTACT_PHONES = "CP";
    private static final String CONTACT_EMAILS = "CE";
    private static final String LEGAL_ENTITIES = "L";
    private static final String CUSTOM_VALUES = "F";

    /**
     * A contact's phones and e-mails are found from the client's contacts: left to itself, Derby may
     * start from the phones or e-mails table (it did while that table was small) and scan it.
     */
    private static final String CONTACTS_FIRST = "--DERBY-PROPERTIES joinOrder=FIXED\n";

    /** The columns of the client's own row as text, in {@link #clientRow}'s order. */
    private static final String CLIENT_COLUMNS = "kind, name, status, source, client_type, sector, purchase_potential,"
            + " geography, responsible_manager_id, CAST(created_at AS CHAR(29)), CAST(updated_at AS CHAR(29)),"
            + " CAST(version AS CHAR(20))";
    private static final int CLIENT_VALUES = 12;
    /** The client's own row as a row of the union. */
    private static final String CLIENT = "R";
    private static final String CLIENT_BRANCH = "SELECT CAST('" + CLIENT + "' AS VARCHAR(2)), id, CAST(NULL AS VARCHAR(60)), 0, "
            + CLIENT_COLUMNS + ", CAST(NULL AS VARCHAR(1)), CAST(NULL AS VARCHAR(1)) FROM atr_client WHERE id = ?";
    /** The client's own row and its parts document, when that was written for the row's version. */
    private static final String DOCUMENT_SQL = "SELECT id, " + CLIENT_COLUMNS
            + ", CASE WHEN parts_version = version THEN parts_doc END FROM atr_client WHERE id = ?";

    /** One branch: the part it reads, its table (and join), and the columns of the union's row. */
    private record Branch(String part, String from, String clientId, String ownerId, String ord, List<String> values) {
    }

    private static final List<Branch> BRANCHES = List.of(
            new Branch(PHONES, "atr_client_phone", "client_id", null, "ord", List.of("number")),
            new Branch(EMAILS, "atr_client_email", "client_id", null, "ord", List.of("address")),
            new Branch(WEBSITES, "atr_client_website", "client_id", null, "ord", List.of("url")),
            new Branch(ADDRESSES, "atr_client_address", "client_id", null, "ord",
                    List.of("street", "city", "region", "postal_code", "country")),
            new Branch(TAGS, "atr_client_tag", "client_id", null, "ord", List.of("tag")),
            new Branch(CONTACTS, "atr_contact", "client_id", "id", "ord",
                    List.of("name", "position", "CAST(birthday AS CHAR(10))", "notes")),
            new Branch(CONTACT_PHONES, CONTACTS_FIRST + "atr_contact c JOIN atr_contact_phone p ON p.contact_id = c.id",
                    "c.client_id", "c.id", "p.ord", List.of("p.number")),
            new Branch(CONTACT_EMAILS, CONTACTS_FIRST + "atr_contact c JOIN atr_contact_email e ON e.contact_id = c.id",
                    "c.client_id", "c.id", "e.ord", List.of("e.address")),
            new Branch(LEGAL_ENTITIES, "atr_legal_entity", "client_id", "id", "ord",
                    List.of("name", "country", "inn", "kpp", "ogrn", "tax_id", "vat_number", "legal_address", "bank_name",
                            "bik", "account", "correspondent_account", "bic", "iban")),
            new Branch(CUSTOM_VALUES, "atr_custom_value", "record_id", "field_key", "ord", List.of("val")));

    private ClientPartRows() {
    }

    /** The parts of one client ({@link ClientParts#NONE} for a client without any), inside a transaction. */
    public static ClientParts of(EntityManager em, String clientId) {
        return read(em, List.of(clientId)).getOrDefault(clientId, ClientParts.NONE);
    }

    /**
     * The parts of these clients by id, inside a transaction: read on its connection, so that what
     * it has flushed is seen. A client without any parts has no entry.
     */
    public static Map<String, ClientParts> read(EntityManager em, Collection<String> clientIds) {
        return read(em, null, clientIds);
    }

    /**
     * The parts of these clients by id: on the transaction's connection when {@code em} has joined
     * one, else on a connection borrowed from {@code pool}. Plain JDBC, because through
     * EclipseLink's native queries the same statement cost twice the CPU: each call parses the SQL
     * for its parameters again and copies every row into a record of its own.
     */
    public static Map<String, ClientParts> read(EntityManager em, DataSource pool, Collection<String> clientIds) {
        return onConnection(em, pool, connection -> read(connection, clientIds),
                () -> "Could not read the parts of " + clientIds.size() + " clients");
    }

    /**
     * The client {@code clientId} whole, on the connection {@link #read(EntityManager, DataSource, Collection)}
     * would use; empty when there is no such client. A read by id is the API's most frequent call:
     * its row and its parts document ({@link PartsDocument}, written with the parts) in one row when
     * the document is of the row's version, else its row and its parts in one statement, the union.
     */
    public static Optional<Client> client(EntityManager em, DataSource pool, String clientId, List<CustomField> customFields) {
        return onConnection(em, pool, connection -> client(connection, clientId, customFields),
                () -> "Could not read client " + clientId);
    }

    /** The client, on a connection borrowed from {@code pool}: a read outside any transaction. */
    public static Optional<Client> client(DataSource pool, String clientId, List<CustomField> customFields) {
        try (Connection borrowed = pool.getConnection()) {
            return client(borrowed, clientId, customFields);
        } catch (SQLException e) {
            throw new PersistenceException("Could not read client " + clientId, e);
        }
    }

    /** A read on a connection: a statement's failure, or the pool's. */
    @FunctionalInterface
    interface Read<T> {
        T on(Connection connection) throws SQLException;
    }

    /** Runs {@code read} on the transaction's connection when {@code em} has joined one, else on one borrowed from {@code pool}. */
    static <T> T onConnection(EntityManager em, DataSource pool, Read<T> read, Supplier<String> failure) {
        try {
            Connection joined = em.unwrap(Connection.class);
            if (joined != null) {
                return read.on(joined);
            }
            if (pool == null) {
                throw new IllegalStateException("Client parts are read outside a transaction only with a pool");
            }
            try (Connection borrowed = pool.getConnection()) {
                return read.on(borrowed);
            }
        } catch (SQLException e) {
            throw new PersistenceException(failure.get(), e);
        }
    }

    static Optional<Client> client(Connection connection, String clientId, List<CustomField> customFields)
            throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(DOCUMENT_SQL)) {
            query.setString(1, clientId);
            try (ResultSet result = query.executeQuery()) {
                if (!result.next()) {
                    return Optional.empty();
                }
                Optional<ClientParts> parts = documented(clientId, result.getString(2 + CLIENT_VALUES));
                if (parts.isPresent()) {
                    return Optional.of(ownRow(result).toClient(parts.get(), customFields));
                }
            }
        }
        return clientFromTables(connection, clientId, customFields);
    }

    /**
     * The clients by id, whole, on the connection {@link #read(EntityManager, DataSource, Collection)}
     * would use: a page's rows and parts documents in one statement, then the parts of those
     * without a current document in one more. A client not found has no entry.
     */
    public static Map<String, Client> clients(EntityManager em, DataSource pool, Collection<String> clientIds,
                                              List<CustomField> customFields) {
        return onConnection(em, pool, connection -> clients(connection, clientIds, customFields),
                () -> "Could not read " + clientIds.size() + " clients");
    }

    static Map<String, Client> clients(Connection connection, Collection<String> clientIds, List<CustomField> customFields)
            throws SQLException {
        List<String> ids = List.copyOf(new LinkedHashSet<>(clientIds));
        Map<String, Client> clients = new HashMap<>();
        for (int from = 0; from < ids.size(); from += MAX_IDS) {
            List<String> chunk = ids.subList(from, Math.min(ids.size(), from + MAX_IDS));
            Map<String, ClientRow> undocumented = new HashMap<>();
            int slots = slots(chunk.size());
            try (PreparedStatement query = connection.prepareStatement(documentsSql(slots))) {
                for (int i = 0; i < slots; i++) {
                    query.setString(i + 1, i < chunk.size() ? chunk.get(i) : NO_ID);
                }
                try (ResultSet result = query.executeQuery()) {
                    while (result.next()) {
                        ClientRow row = ownRow(result);
                        Optional<ClientParts> parts = documented(row.id(), result.getString(2 + CLIENT_VALUES));
                        if (parts.isPresent()) {
                            clients.put(row.id(), row.toClient(parts.get(), customFields));
                        } else {
                            undocumented.put(row.id(), row);
                        }
                    }
                }
            }
            if (!undocumented.isEmpty()) {
                Map<String, ClientParts> parts = assemble(rows(connection, List.copyOf(undocumented.keySet())));
                undocumented.forEach((id, row) -> clients.put(id, row.toClient(parts.getOrDefault(id, ClientParts.NONE),
                        customFields)));
            }
        }
        return clients;
    }

    /** The client's own row from a row of {@link #DOCUMENT_SQL}'s columns. */
    private static ClientRow ownRow(ResultSet result) throws SQLException {
        String[] values = new String[VALUES];
        for (int i = 0; i < CLIENT_VALUES; i++) {
            values[i] = result.getString(2 + i);
        }
        return clientRow(new Row(CLIENT, result.getString(1).strip(), null, 0, values));
    }

    /** The parts a document of the row's version holds; none without one, or when it cannot be read (then the tables are). */
    private static Optional<ClientParts> documented(String clientId, String document) {
        if (document == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(PartsDocument.parse(document));
        } catch (IllegalArgumentException e) {
            LOG.warn("The parts document of client {} cannot be read; its parts are read from their tables", clientId, e);
            return Optional.empty();
        }
    }

    private static Optional<Client> clientFromTables(Connection connection, String clientId, List<CustomField> customFields)
            throws SQLException {
        List<Row> rows = rows(connection, CLIENT_SQL, 1 + BRANCHES.size(), List.of(clientId), 1);
        Optional<Row> own = rows.stream().filter(row -> row.part().equals(CLIENT)).findFirst();
        if (own.isEmpty()) {
            return Optional.empty();
        }
        List<Row> parts = rows.stream().filter(row -> !row.part().equals(CLIENT)).toList();
        return Optional.of(clientRow(own.get()).toClient(parts.isEmpty() ? ClientParts.NONE : parts(new ArrayList<>(parts)),
                customFields));
    }

    private static ClientRow clientRow(Row row) {
        return new ClientRow(row.clientId(), ClientKind.valueOf(row.value(0)), row.value(1),
                LifecycleStatus.valueOf(row.value(2)), row.value(3), row.value(4), row.value(5),
                row.value(6) == null ? null : PurchasePotential.valueOf(row.value(6)), row.value(7), row.value(8),
                Timestamp.valueOf(row.value(9).strip()).toLocalDateTime(), Timestamp.valueOf(row.value(10).strip()).toLocalDateTime(),
                Long.parseLong(row.value(11).strip()));
    }

    static Map<String, ClientParts> read(Connection connection, Collection<String> clientIds) throws SQLException {
        List<String> ids = List.copyOf(new LinkedHashSet<>(clientIds));
        Map<String, ClientParts> parts = new HashMap<>();
        for (int from = 0; from < ids.size(); from += MAX_IDS) {
            List<String> chunk = ids.subList(from, Math.min(ids.size(), from + MAX_IDS));
            parts.putAll(assemble(rows(connection, chunk)));
        }
        return parts;
    }

    /** One row of the union: which part, whose, where in its list, and its values. */
    private record Row(String part, String clientId, String ownerId, int ord, String[] values) {

        String value(int index) {
            return values[index];
        }
    }

    private static List<Row> rows(Connection connection, List<String> ids) throws SQLException {
        int slots = slots(ids.size());
        return rows(connection, sql(slots), BRANCHES.size(), ids, slots);
    }

    /** The rows of a union of {@code branches}, each given the ids padded to {@code slots}. */
    private static List<Row> rows(Connection connection, String sql, int branches, List<String> ids, int slots)
            throws SQLException {
        List<Row> rows = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement(sql)) {
            int parameter = 1;
            for (int branch = 0; branch < branches; branch++) {
                for (int i = 0; i < slots; i++) {
                    query.setString(parameter++, i < ids.size() ? ids.get(i) : NO_ID);
                }
            }
            try (ResultSet result = query.executeQuery()) {
                while (result.next()) {
                    int ord = result.getInt(4);
                    if (result.wasNull()) {
                        ord = Integer.MAX_VALUE;
                    }
                    String[] values = new String[VALUES];
                    for (int i = 0; i < VALUES; i++) {
                        values[i] = result.getString(5 + i);
                    }
                    rows.add(new Row(result.getString(1).strip(), result.getString(2).strip(), strip(result.getString(3)), ord,
                            values));
                }
            }
        }
        return rows;
    }

    private static String strip(String value) {
        return value == null ? null : value.strip();
    }

    private static int slots(int ids) {
        if (ids > MAX_IDS) {
            throw new IllegalArgumentException("at most " + MAX_IDS + " ids a statement");
        }
        return ids <= 8 ? Integer.highestOneBit(Math.max(1, 2 * ids - 1)) : (ids + 7) / 8 * 8;
    }

    /** The statement of each size, built once; with the client's own row first for one client read whole. */
    private static final Map<Integer, String> SQL = new ConcurrentHashMap<>();
    private static final String CLIENT_SQL = CLIENT_BRANCH + " UNION ALL " + sql(1);

    private static final Map<Integer, String> DOCUMENTS_SQL = new ConcurrentHashMap<>();

    private static String documentsSql(int slots) {
        return DOCUMENTS_SQL.computeIfAbsent(slots, size -> DOCUMENT_SQL.replace("WHERE id = ?",
                "WHERE id IN (" + "?,".repeat(size - 1) + "?)"));
    }

    private static String sql(int slots) {
        return SQL.computeIfAbsent(slots, size -> {
            String in = " IN (" + "?,".repeat(size - 1) + "?)";
            StringBuilder sql = new StringBuilder();
            for (Branch branch : BRANCHES) {
                sql.append(sql.length() == 0 ? "" : " UNION ALL ")
                        .append("SELECT CAST('").append(branch.part()).append("' AS VARCHAR(2)), ").append(branch.clientId())
                        .append(", ").append(branch.ownerId() == null ? "CAST(NULL AS VARCHAR(60))" : branch.ownerId())
                        .append(", ").append(branch.ord());
                for (int i = 0; i < VALUES; i++) {
                    sql.append(", ").append(i < branch.values().size() ? branch.values().get(i) : "CAST(NULL AS VARCHAR(1))");
                }
                sql.append(" FROM ").append(branch.from()).append(" WHERE ").append(branch.clientId()).append(in);
            }
            return sql.toString();
        });
    }

    /** The rows of each client, by part, into lists in their stored order. */
    private static Map<String, ClientParts> assemble(List<Row> rows) {
        Map<String, List<Row>> byClient = new HashMap<>();
        rows.forEach(row -> byClient.computeIfAbsent(row.clientId(), id -> new ArrayList<>()).add(row));
        Map<String, ClientParts> parts = new HashMap<>();
        byClient.forEach((clientId, own) -> parts.put(clientId, parts(own)));
        return parts;
    }

    private static ClientParts parts(List<Row> rows) {
        rows.sort(Comparator.comparingInt(Row::ord));
        Map<String, List<Row>> byPart = new HashMap<>();
        rows.forEach(row -> byPart.computeIfAbsent(row.part(), part -> new ArrayList<>()).add(row));
        Map<String, List<String>> contactPhones = byOwner(byPart.get(CONTACT_PHONES));
        Map<String, List<String>> contactEmails = byOwner(byPart.get(CONTACT_EMAILS));
        return new ClientParts(
                texts(byPart.get(PHONES)), texts(byPart.get(EMAILS)), texts(byPart.get(WEBSITES)),
                list(byPart.get(ADDRESSES), row -> new Address(row.value(0), row.value(1), row.value(2), row.value(3),
                        row.value(4))),
                texts(byPart.get(TAGS)),
                list(byPart.get(CONTACTS), row -> new ContactPerson(row.ownerId(), row.value(0), row.value(1),
                        contactPhones.getOrDefault(row.ownerId(), List.of()), contactEmails.getOrDefault(row.ownerId(), List.of()),
                        birthday(row.values()[2]), row.value(3))),
                list(byPart.get(LEGAL_ENTITIES), ClientPartRows::legalEntity),
                byOwner(byPart.get(CUSTOM_VALUES)));
    }

    private static List<String> texts(List<Row> rows) {
        return list(rows, row -> row.value(0));
    }

    private static <T> List<T> list(List<Row> rows, Function<Row, T> build) {
        return rows == null ? List.of() : rows.stream().map(build).toList();
    }

    /** First values by owner (a contact's phones, a custom field's values), each list in order. */
    private static Map<String, List<String>> byOwner(List<Row> rows) {
        if (rows == null) {
            return Map.of();
        }
        Map<String, List<String>> byOwner = new LinkedHashMap<>();
        rows.forEach(row -> byOwner.computeIfAbsent(row.ownerId(), owner -> new ArrayList<>()).add(row.value(0)));
        return byOwner;
    }

    private static LocalDate birthday(String value) {
        return value == null ? null : LocalDate.parse(value.strip());
    }

    private static LegalEntity legalEntity(Row row) {
        return LegalEntityEntity.legalEntity(row.ownerId(), row.value(0), row.value(1), row.value(2), row.value(3),
                row.value(4), row.value(5), row.value(6), row.value(7),
                new BankDetails(row.value(8), row.value(9), row.value(10), row.value(11), row.value(12), row.value(13)));
    }
}
