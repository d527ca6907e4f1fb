package org.atriumcrm.core.spi;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * Moves a module's records from one client to another when duplicates are merged. Core calls every
 * participant inside the merge's transaction, after it has moved its own records: a participant
 * that writes through its JTA persistence unit takes part in that transaction, so the merge
 * commits or rolls back as one. Implementations re-point references, they never delete.
 */
@ConsumerType
public interface MergeParticipant {

    /** The module id, for the audit trail and error messages. */
    String moduleId();

    /**
     * Re-points every record of the module that references {@code mergedClientId} to
     * {@code survivorClientId}.
     *
     * @return how many records moved, for the merge report
     */
    int merge(String survivorClientId, String mergedClientId);
}
