package org.atriumcrm.core.api;

/** Where a task stands; OPEN and IN_PROGRESS tasks can be overdue. */
public enum TaskStatus {
    OPEN,
    IN_PROGRESS,
    DONE,
    CANCELLED;

    /** Whether someone still has to do it. */
    public boolean isOpen() {
        return this == OPEN || this == IN_PROGRESS;
    }
}
