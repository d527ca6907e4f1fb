package org.atriumcrm.core.automation.internal.engine;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Function;

import org.atriumcrm.core.api.Client;
import org.atriumcrm.core.api.ClientDraft;
import org.atriumcrm.core.api.ClientService;
import org.atriumcrm.core.api.LifecycleStatus;
import org.atriumcrm.core.api.VersionConflictException;

/**
 * Changes a record's client as a form would: every other field as read, saved at the version read.
 * A change made meanwhile by someone else is not overwritten: the client is read again and the change
 * made once more on what is there.
 */
final class ClientChanges {

    private final ClientService clients;

    ClientChanges(ClientService clients) {
        this.clients = clients;
    }

    /**
     * @param change the client's draft as it should be, or empty when it is so already (an earlier attempt did it)
     * @return whether the client was changed
     * @throws IllegalArgumentException when the record has no client, or it is gone
     */
    boolean change(RecordFacts record, Function<Client, Optional<ClientDraft>> change) {
        if (record.clientId() == null) {
            throw new IllegalArgumentException("the " + record.type() + " belongs to no client");
        }
        if (unchanged(record, change)) {
            return false;
        }
        try {
            return changeOnce(record.clientId(), change);
        } catch (VersionConflictException changedMeanwhile) {
            return changeOnce(record.clientId(), change);
        }
    }

    /**
     * Whether the client as it fired the rule (read with the record) has the change already: then
     * nothing is to be done, without reading it again; a later change of it fires a run of its own.
     */
    static boolean unchanged(RecordFacts record, Function<Client, Optional<ClientDraft>> change) {
        return record.client() != null && !record.deleted() && change.apply(record.client()).isEmpty();
    }

    private boolean changeOnce(String clientId, Function<Client, Optional<ClientDraft>> change) {
        Client client = clients.get(clientId)
                .orElseThrow(() -> new IllegalArgumentException("the client " + clientId + " is gone"));
        Optional<ClientDraft> draft = change.apply(client);
        draft.ifPresent(changed -> clients.update(clientId, changed, OptionalLong.of(client.version())));
        return draft.isPresent();
    }

    /** The client's draft with other values for the fields rules set; every other field as it is. */
    static ClientDraft with(Client client, List<String> tags, LifecycleStatus status, String source, String responsibleManagerId,
            Map<String, Object> customFields) {
        ClientDraft draft = client.toDraft();
        return new ClientDraft(draft.kind(), draft.name(), draft.phones(), draft.emails(), draft.websites(), draft.addresses(),
                status, source, draft.clientType(), draft.sector(), draft.purchasePotential(), draft.geography(), tags,
                responsibleManagerId, draft.contacts(), draft.legalEntities(), customFields);
    }
}
