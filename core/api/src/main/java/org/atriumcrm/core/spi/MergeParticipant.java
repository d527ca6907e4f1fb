package org.atriumcrm.core.spi;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * Keeps a module's records with their client when clients merge or are deleted. Core calls every
 * participant inside the merge's or deletion's transaction, after it has changed its own records: a
 * participant that writes through its JTA persistence unit takes part in that transaction, so the
 * whole change commits or rolls back as one.
 *
 * <p>Core remembers, by {@link #moduleId()}, which merges and deletions each participant has
 * applied. A merge or deletion made while the module was absent (removed, or not started yet) is
 * applied when its participant is registered again: core calls {@link #merge} or {@link #delete}
 * for each one missed, oldest first, each in a transaction of its own, and records it as applied
 * in that transaction. When the survivor of a missed merge was merged again since, the call names
 * the client it lives on now; when that client was deleted since, core calls {@link #delete} for
 * the merged client instead. Either method may thus be called for a client that holds nothing of
 * the module, and must then do nothing and answer 0.
 */
@ConsumerType
public interface MergeParticipant {

    /** The module id, for the audit trail, error messages and core's record of what it applied. */
    String moduleId();

    /**
     * Re-points every record of the module that references {@code mergedClientId} to
     * {@code survivorClientId}. Where the two clients hold records that may exist only once (a
     * booking of the same class), the participant keeps one and removes the other.
     *
     * @return how many records moved, for the merge report
     */
    int merge(String survivorClientId, String mergedClientId);

    /**
     * Deletes every record of the module that references {@code clientId}: core deletes a client
     * with everything it holds. A participant written before this method existed keeps its records
     * (the default does nothing), which then name a client that is gone.
     *
     * @return how many records were deleted
     * @since 1.5
     */
    default int delete(String clientId) {
        return 0;
    }
}
