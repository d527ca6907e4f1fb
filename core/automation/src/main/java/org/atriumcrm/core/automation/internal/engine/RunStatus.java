package org.atriumcrm.core.automation.internal.engine;

/** Where a run stands. */
public enum RunStatus {
    /** Stored, its first attempt scheduled. */
    QUEUED,
    /** An action failed; another attempt is scheduled. */
    RETRYING,
    /** Every action was done. */
    SUCCEEDED,
    /** An action failed for good, or its attempts ran out. */
    FAILED
}
