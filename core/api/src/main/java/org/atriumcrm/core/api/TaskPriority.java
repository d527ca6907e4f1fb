package org.atriumcrm.core.api;

/** How urgent a task is. */
public enum TaskPriority {
    LOW,
    NORMAL,
    HIGH,
    URGENT
}
