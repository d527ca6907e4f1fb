package org.atriumcrm.core.rest.internal;

import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Predicate;

import org.atriumcrm.core.api.ClientAccess;
import org.atriumcrm.core.api.Page;
import org.atriumcrm.core.api.RecordNotFoundException;
import org.atriumcrm.core.api.security.Sections;

/**
 * Reach of records about a client (activities, tasks): a caller reaches one when it reaches the
 * record's client in the clients section, and its scope in the record's own section admits the
 * record's owner (an activity's author, a task's assignee). Anything else is treated as if it did
 * not exist: 404 for the record, left out of lists, and a write naming such a client is told it is
 * not a client.
 */
final class ClientRecordReach {

    private final ClientAccess clients;
    private final String section;

    ClientRecordReach(ClientAccess clients, String section) {
        this.clients = clients;
        this.section = section;
    }

    /** Whether the current caller sees only some of the section's records. */
    boolean limited() {
        return RecordReach.limited(Sections.CLIENTS) || RecordReach.limited(section);
    }

    /** Whether the caller reaches the client (for a list filtered by client: none of an unreachable one's records). */
    boolean reachesClient(String clientId) {
        return !RecordReach.limited(Sections.CLIENTS) || clients.reachable(clientId);
    }

    boolean reaches(String clientId, String ownerId) {
        return (clientId == null || !RecordReach.limited(Sections.CLIENTS) || clients.reachable(clientId))
                && RecordReach.reaches(section, ownerId);
    }

    /** @throws RecordNotFoundException of the record when the caller does not reach it */
    void requireReach(String clientId, String ownerId, String recordType, String recordId) {
        if (!reaches(clientId, ownerId)) {
            throw new RecordNotFoundException(recordType, recordId);
        }
    }

    /** @throws org.atriumcrm.core.api.ValidationException naming {@code clientId} when a write names a client out of reach */
    void requireClient(String clientId) {
        if (clientId != null && !clientId.isBlank() && RecordReach.limited(Sections.CLIENTS)) {
            clients.requireReference(clientId.strip(), "clientId");
        }
    }

    /** A page of what the caller reaches (see {@link ReachedPages}). */
    <T> Page<T> page(int limit, String after, BiFunction<Integer, String, Page<T>> read, Predicate<T> reached) {
        return limited() ? ReachedPages.collect(limit, after, read, reached) : read.apply(limit, after);
    }

    /** The records of a list the caller reaches. */
    <T> List<T> filter(List<T> records, Predicate<T> reached) {
        return limited() ? records.stream().filter(reached).toList() : records;
    }
}
