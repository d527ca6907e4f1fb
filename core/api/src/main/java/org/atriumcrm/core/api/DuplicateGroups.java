package org.atriumcrm.core.api;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Probable duplicates in the whole client base, as the last finished scan found them: groups of
 * clients linked by pairs that look alike, best first. A scan runs every day and on demand, one at
 * a time, in the background; until it finishes, the previous scan's groups are listed. A client
 * merged or deleted since leaves its groups at once, and a group left with one client is not listed.
 */
@ProviderType
public interface DuplicateGroups {

    /** A page of groups, the best (highest score) first. @throws ValidationException naming {@code limit} or {@code after} */
    Page<DuplicateGroup> find(DuplicateQuery query);

    /**
     * Starts a scan of the whole base in the background.
     *
     * @return the status of the scan just started
     * @throws DuplicateScanRunningException when a scan is running already
     */
    DuplicateScan scan();

    /** The running scan, or else the last one that ended; {@link DuplicateScan.Status#NEVER} before the first. */
    DuplicateScan status();
}
