package org.atriumcrm.core.api;

/**
 * Where a client stands in its relationship with the company: lead → active → regular → lost.
 * {@link #ARCHIVED} takes a client out of the default lists and searches (see {@link ClientArchive}).
 */
public enum LifecycleStatus {
    LEAD,
    ACTIVE,
    REGULAR,
    LOST,
    /** Kept but out of sight: listed only when asked for by status; restoring it puts back its status before. */
    ARCHIVED
}
