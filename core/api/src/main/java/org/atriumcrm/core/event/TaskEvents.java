package org.atriumcrm.core.event;

/** Topics posted after a task change is committed. */
public final class TaskEvents {

    public static final String TOPIC_PREFIX = "atrium/task/";
    public static final String CREATED = TOPIC_PREFIX + "CREATED";
    public static final String UPDATED = TOPIC_PREFIX + "UPDATED";
    public static final String DELETED = TOPIC_PREFIX + "DELETED";
    /** A task's reminder time has come (posted once per reminder). */
    public static final String DUE = TOPIC_PREFIX + "DUE";

    public static final String PROP_TASK_ID = "task.id";
    /**
     * Event property of {@code UPDATED}: the names of the fields the update changed ({@code String[]},
     * list indices left out: {@code status}, {@code tags}, {@code customFields.vip}); names only, never values.
     */
    public static final String PROP_CHANGED_FIELDS = "changed.fields";
    public static final String PROP_ASSIGNEE_ID = "assignee.id";

    private TaskEvents() {
    }
}
