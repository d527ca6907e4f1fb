package org.atriumcrm.core.api;

import java.util.List;
import java.util.OptionalLong;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Dead souls and the archive. A client is a dead soul when it is not archived, has shown no sign of
 * life (no change of its own, no activity, no deal or task changed) for the configured number of
 * months, and has at most the configured number of ways to reach it. Archiving one is a lifecycle
 * move to {@link LifecycleStatus#ARCHIVED}: recorded in the status history and the audit trail, and
 * the client leaves the default lists and searches; restoring it moves it back to the status it had
 * before. Both post {@code atrium/client/UPDATED} after commit.
 */
@ProviderType
public interface ClientArchive {

    /**
     * A page of dead souls, the longest unchanged first. A page may hold fewer than {@code limit}
     * dead souls, even none, while {@link Page#next()} is not {@code null}: each page looks at a
     * bounded number of clients, so follow {@code next} until it is {@code null}.
     *
     * @throws ValidationException naming {@code limit} or {@code after}
     */
    Page<DeadSoul> deadSouls(DeadSoulQuery query);

    /**
     * @param expectedVersion the version the caller read, or empty
     * @return the archived client
     * @throws RecordNotFoundException  when there is no such client
     * @throws VersionConflictException when the client is no longer at {@code expectedVersion}
     * @throws ValidationException      naming {@code status} when the client is archived already
     */
    Client archive(String clientId, OptionalLong expectedVersion);

    /**
     * Archives many clients in one transaction: all of them, or none.
     *
     * @throws ValidationException naming {@code clientIds} when there are none, or {@code clientIds[i]}
     *                             for each id that is not a client, is archived already or is named twice
     */
    void archiveAll(List<String> clientIds);

    /**
     * Puts an archived client back to the status it had before it was archived ({@link LifecycleStatus#LEAD}
     * when it was archived from the start).
     *
     * @param expectedVersion the version the caller read, or empty
     * @return the restored client
     * @throws RecordNotFoundException  when there is no such client
     * @throws VersionConflictException when the client is no longer at {@code expectedVersion}
     * @throws ValidationException      naming {@code status} when the client is not archived
     */
    Client restore(String clientId, OptionalLong expectedVersion);
}
