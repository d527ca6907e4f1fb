package org.atriumcrm.core.api;

import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

import org.osgi.annotation.versioning.ProviderType;

/**
 * The client base. Every write validates the whole client, keeps its search keys current and,
 * after commit, posts an event under {@code atrium/client/…}.
 */
@ProviderType
public interface ClientService {

    /** Type name used in errors about clients. */
    String RECORD_TYPE = "client";

    /** @throws ValidationException when a field is invalid */
    Client create(ClientDraft draft);

    /**
     * Creates many clients in one transaction: all of them, or none when any draft is invalid.
     * Errors name the draft by its index, e.g. {@code [3].phones[0]}.
     *
     * @return the new clients' ids, in the order of the drafts
     */
    List<String> createAll(List<ClientDraft> drafts);

    Optional<Client> get(String id);

    /**
     * Replaces a client's data.
     *
     * @param expectedVersion the version the caller read, or empty to overwrite whatever is there
     * @throws RecordNotFoundException  when there is no such client
     * @throws VersionConflictException when the client is no longer at {@code expectedVersion}
     * @throws ValidationException      when a field is invalid
     */
    Client update(String id, ClientDraft draft, OptionalLong expectedVersion);

    /**
     * @throws RecordNotFoundException  when there is no such client
     * @throws VersionConflictException when the client is no longer at {@code expectedVersion}
     */
    void delete(String id, OptionalLong expectedVersion);

    /** @throws ValidationException when the query's limit or cursor is invalid */
    Page<Client> find(ClientQuery query);

    /**
     * Stored clients that may be the one the draft describes, best first: strong and possible
     * candidates only. Found through the clients' match keys (tax ids, phones, e-mails, domains,
     * names), never by reading the whole client base; the draft need not be valid.
     *
     * @param limit the most candidates to answer, at least 1
     */
    List<ClientMatch> match(ClientDraft draft, int limit);

    /**
     * Merges duplicates into {@code survivorId}, in one transaction: the survivor takes the chosen
     * field values and the union of phones, e-mails, addresses and tags; contacts, legal entities,
     * activities, tasks, opportunities, status history and every module's records (through each
     * {@code MergeParticipant}) move to it; the merged clients are removed, each leaving a pointer to
     * the survivor ({@link #mergedInto}) and its last data in the audit trail.
     *
     * @param expectedVersion the survivor's version the caller read, or empty
     * @throws RecordNotFoundException  when the survivor does not exist
     * @throws VersionConflictException when the survivor is no longer at {@code expectedVersion}
     * @throws ValidationException      naming {@code mergedIds[i]} or {@code fields.<field>}, or a
     *                                  field of the merged client that would be invalid
     */
    MergedClients merge(String survivorId, ClientMerge merge, OptionalLong expectedVersion);

    /**
     * The client that a merged client went into, following later merges of the survivor too;
     * empty when {@code clientId} was never merged.
     */
    Optional<String> mergedInto(String clientId);

    /**
     * The lifecycle of a client, oldest first.
     *
     * @throws RecordNotFoundException when there is no such client
     */
    List<StatusChange> statusHistory(String clientId);
}
