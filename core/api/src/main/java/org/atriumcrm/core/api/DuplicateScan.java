package org.atriumcrm.core.api;

import java.time.Instant;

/**
 * A scan of the whole base for duplicates.
 *
 * @param status         where it is
 * @param startedAt      {@code null} only when no scan ever ran
 * @param finishedAt     {@code null} while it runs
 * @param clientsScanned how many clients it has looked at so far
 */
public record DuplicateScan(Status status, Instant startedAt, Instant finishedAt, long clientsScanned) {

    /** Before any scan ran. */
    public static final DuplicateScan NEVER = new DuplicateScan(Status.NEVER, null, null, 0);

    /** Where a scan is. */
    public enum Status {
        /** No scan has run on this base yet. */
        NEVER,
        /** Running; its groups replace the listed ones when it is done. */
        RUNNING,
        /** Finished: its groups are the ones listed. */
        DONE,
        /** Stopped by an error or a shutdown; the groups of the scan before it are still listed. */
        FAILED
    }
}
