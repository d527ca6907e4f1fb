package org.atriumcrm.core.api;

/** The kinds of record that can carry custom fields. */
public enum RecordKind {
    CLIENT,
    OPPORTUNITY,
    TASK,
    ACTIVITY
}
