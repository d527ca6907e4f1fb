package org.atriumcrm.core.store.internal.quality;

import java.util.List;

import javax.persistence.EntityManager;

import org.atriumcrm.core.api.Client;
import org.atriumcrm.core.store.internal.clients.ClientParts;

/**
 * Rows that every client write derives from the client into a table of their own (its match keys,
 * its quality issues) or beside its row (its parts document), and how {@link MatchKeyBackfill} builds them, once per database, for the
 * clients stored before that table existed.
 *
 * @param name        what the rows are, for the log: {@code match keys}
 * @param doneSetting the setting that records that the clients stored before have them
 * @param clients     which clients to build them for
 * @param builder     how to build them for one client
 */
record DerivedRows(String name, String doneSetting, Clients clients, Builder builder) {

    /** The clients that may lack the rows. */
    @FunctionalInterface
    interface Clients {
        /** Up to {@code max} ids after {@code afterId} in id order. */
        List<String> after(EntityManager em, String afterId, int max);
    }

    /** Builds the rows of one client, in the backfill's transaction, from the client and its parts as stored. */
    @FunctionalInterface
    interface Builder {
        void build(EntityManager em, String clientId, Client client, ClientParts parts);
    }
}
