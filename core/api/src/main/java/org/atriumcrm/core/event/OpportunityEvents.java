package org.atriumcrm.core.event;

/** Topics posted after an opportunity change is committed. */
public final class OpportunityEvents {

    public static final String TOPIC_PREFIX = "atrium/opportunity/";
    public static final String CREATED = TOPIC_PREFIX + "CREATED";
    public static final String UPDATED = TOPIC_PREFIX + "UPDATED";
    public static final String STAGE_CHANGED = TOPIC_PREFIX + "STAGE_CHANGED";
    public static final String DELETED = TOPIC_PREFIX + "DELETED";

    public static final String PROP_OPPORTUNITY_ID = "opportunity.id";
    /**
     * Event property of {@code UPDATED}: the names of the fields the update changed ({@code String[]},
     * list indices left out: {@code status}, {@code tags}, {@code customFields.vip}); names only, never values.
     */
    public static final String PROP_CHANGED_FIELDS = "changed.fields";
    /** On STAGE_CHANGED: the stage left ({@code null} when created) and the stage reached. */
    public static final String PROP_FROM_STAGE_ID = "stage.from";
    public static final String PROP_TO_STAGE_ID = "stage.to";

    private OpportunityEvents() {
    }
}
