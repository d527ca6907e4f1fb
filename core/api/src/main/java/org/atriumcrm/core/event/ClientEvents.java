package org.atriumcrm.core.event;

/** Topics posted through EventAdmin after a client change is committed. */
public final class ClientEvents {

    public static final String TOPIC_PREFIX = "atrium/client/";
    public static final String CREATED = TOPIC_PREFIX + "CREATED";
    public static final String UPDATED = TOPIC_PREFIX + "UPDATED";
    public static final String DELETED = TOPIC_PREFIX + "DELETED";
    public static final String MERGED = TOPIC_PREFIX + "MERGED";
    /** Every client topic, for an {@code event.topics} subscription. */
    public static final String ALL = TOPIC_PREFIX + "*";

    /** Event property: the id of the client concerned (events carry ids, never entities). */
    public static final String PROP_CLIENT_ID = "client.id";
    /**
     * Event property of {@code UPDATED}: the names of the fields the update changed ({@code String[]},
     * list indices left out: {@code status}, {@code tags}, {@code customFields.vip}); names only, never values.
     */
    public static final String PROP_CHANGED_FIELDS = "changed.fields";
    /** Event property of {@link #MERGED}: the id of the client merged into {@link #PROP_CLIENT_ID}, the survivor. */
    public static final String PROP_MERGED_CLIENT_ID = "merged.client.id";

    private ClientEvents() {
    }
}
