package org.atriumcrm.core.api;

/** Where a client stands in its relationship with the company: lead → active → regular → lost. */
public enum LifecycleStatus {
    LEAD,
    ACTIVE,
    REGULAR,
    LOST
}
