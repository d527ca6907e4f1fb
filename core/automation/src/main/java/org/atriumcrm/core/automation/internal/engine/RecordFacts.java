package org.atriumcrm.core.automation.internal.engine;

import java.util.Map;

import org.atriumcrm.core.api.Client;

/**
 * The record an event is about, as conditions and actions see it.
 *
 * @param type     {@code client}, {@code opportunity}, {@code task}, {@code activity}, or {@code client} for a module's trigger
 * @param clientId the client concerned (the record itself for a client), or null
 * @param ownerId  the user responsible: a client's manager, a deal's owner, a task's assignee, an activity's author
 * @param version  the record's version, part of what makes an update's occurrence unique
 * @param fields   the record as the REST API shows it (JSON values), which conditions compare
 * @param deleted  the record is gone: these are its last values, and actions must not refer to it
 * @param client   the client as read, when the record is one (an action that would change nothing on it
 *                 need not read it again); else null
 */
public record RecordFacts(String type, String id, String clientId, String ownerId, long version, Map<String, Object> fields,
        boolean deleted, Client client) {

    public RecordFacts(String type, String id, String clientId, String ownerId, long version, Map<String, Object> fields) {
        this(type, id, clientId, ownerId, version, fields, false, null);
    }

    public RecordFacts(String type, String id, String clientId, String ownerId, long version, Map<String, Object> fields,
            boolean deleted) {
        this(type, id, clientId, ownerId, version, fields, deleted, null);
    }
}
