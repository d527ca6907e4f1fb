package org.atriumcrm.fitness.internal;

/** Where a membership stands on a given day; computed from its dates, never stored. */
public enum MembershipStatus {
    /** Starts later. */
    PENDING,
    ACTIVE,
    /** Inside a freeze: the member may not train, the end has moved by the frozen days. */
    FROZEN,
    /** A visit pack with no visits left. */
    USED_UP,
    /** Past its last day. */
    EXPIRED
}
