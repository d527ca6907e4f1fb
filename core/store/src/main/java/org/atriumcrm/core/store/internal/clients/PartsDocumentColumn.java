package org.atriumcrm.core.store.internal.clients;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.List;
import java.util.Optional;

import javax.persistence.EntityManager;

import org.atriumcrm.core.api.RecordKind;

/**
 * {@code atr_client.parts_doc} and {@code parts_version}: the {@link PartsDocument} of a client's
 * parts and the row version it holds them for, written in the transaction that wrote the parts,
 * from the parts that write read back. A write that changes a client's parts changes its version,
 * so a document of another version is never read ({@link ClientPartRows#client}); what changes
 * parts without the row (a custom field deleted) forgets the documents instead.
 */
public final class PartsDocumentColumn {

    /** Only for the row at that version: a document is never stored for a row it does not describe. */
    static final String WRITE = "UPDATE atr_client SET parts_doc = ?, parts_version = ? WHERE id = ? AND version = ?";

    private PartsDocumentColumn() {
    }

    /** What a document is written for: the client at one version, with its parts as that version stored them. */
    public record Stored(String clientId, long version, ClientParts parts) {
    }

    /**
     * Stores the parts of each client as its document at its version, inside the transaction that
     * wrote them and after its flush; a document too long for the column is left out, and that
     * client is read from its tables.
     */
    public static void write(EntityManager em, List<Stored> clients) {
        ClientPartRows.onConnection(em, null, connection -> {
            write(connection, clients);
            return null;
        }, () -> "Could not write the parts documents of " + clients.size() + " clients");
    }

    static void write(Connection connection, List<Stored> clients) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(WRITE)) {
            for (Stored client : clients) {
                Optional<String> json = PartsDocument.json(client.parts());
                if (json.isPresent()) {
                    update.setString(1, json.get());
                    update.setLong(2, client.version());
                } else {
                    update.setNull(1, Types.VARCHAR);
                    update.setNull(2, Types.BIGINT);
                }
                update.setString(3, client.clientId());
                update.setLong(4, client.version());
                if (clients.size() == 1) {
                    update.executeUpdate();
                } else {
                    update.addBatch();
                }
            }
            if (clients.size() > 1) {
                update.executeBatch();
            }
        }
    }

    /**
     * Forgets the documents of the clients that have a value of custom field {@code key}, before
     * those values are deleted with the field: a field defined again under that key starts empty.
     */
    public static void forgetCustomField(EntityManager em, String key) {
        em.createNativeQuery("UPDATE atr_client SET parts_doc = NULL, parts_version = NULL WHERE id IN "
                        + "(SELECT record_id FROM atr_custom_value WHERE record_kind = ? AND field_key = ?)")
                .setParameter(1, RecordKind.CLIENT.name()).setParameter(2, key).executeUpdate();
    }

    /** Up to {@code max} ids after {@code afterId}, in id order, of clients without a document of their row's version. */
    public static List<String> clientsWithout(EntityManager em, String afterId, int max) {
        @SuppressWarnings("unchecked")
        List<String> ids = em.createNativeQuery("SELECT id FROM atr_client WHERE id > ?"
                        + " AND (parts_version IS NULL OR parts_version <> version) ORDER BY id")
                .setParameter(1, afterId).setMaxResults(max).getResultList();
        return ids.stream().map(String::strip).toList();
    }
}
