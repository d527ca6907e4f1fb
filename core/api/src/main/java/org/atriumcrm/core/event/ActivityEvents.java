package org.atriumcrm.core.event;

/** Topics posted after an activity change is committed. */
public final class ActivityEvents {

    public static final String TOPIC_PREFIX = "atrium/activity/";
    public static final String LOGGED = TOPIC_PREFIX + "LOGGED";
    public static final String UPDATED = TOPIC_PREFIX + "UPDATED";
    public static final String DELETED = TOPIC_PREFIX + "DELETED";

    /**
     * Event property of {@code UPDATED}: the names of the fields the update changed ({@code String[]},
     * list indices left out: {@code status}, {@code tags}, {@code customFields.vip}); names only, never values.
     */
    public static final String PROP_CHANGED_FIELDS = "changed.fields";
    /** Event property: the activity's id. */
    public static final String PROP_ACTIVITY_ID = "activity.id";

    private ActivityEvents() {
    }
}
