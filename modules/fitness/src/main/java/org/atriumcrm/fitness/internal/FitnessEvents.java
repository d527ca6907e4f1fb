package org.atriumcrm.fitness.internal;

import org.atriumcrm.core.spi.TriggerType;

/**
 * EventAdmin topics the fitness module posts after a change is committed (or from its daily run),
 * and their properties: ids and plain values, never entities. Workflows start from them through
 * the module's {@link TriggerType}s.
 */
public final class FitnessEvents {

    public static final String TOPIC_PREFIX = "atrium/fitness/";
    /** A member's lifecycle stage changed: {@link #PROP_STAGE}, {@link #PROP_PREVIOUS_STAGE} (absent for a new member). */
    public static final String STAGE_CHANGED = TOPIC_PREFIX + "STAGE_CHANGED";
    /** Posted once a day for each current membership ending within the notice days: {@link #PROP_DAYS_LEFT}. */
    public static final String MEMBERSHIP_EXPIRING = TOPIC_PREFIX + "MEMBERSHIP_EXPIRING";
    /** Posted once a day for each member who has not come for a while: {@link #PROP_DAYS_SINCE_VISIT}. */
    public static final String NO_VISIT = TOPIC_PREFIX + "NO_VISIT";
    /** A pack visit left few visits: {@link #PROP_VISITS_LEFT}. */
    public static final String PACK_BALANCE_LOW = TOPIC_PREFIX + "PACK_BALANCE_LOW";

    /** The client concerned; the same key every trigger event carries. */
    public static final String PROP_CLIENT_ID = TriggerType.CLIENT_ID;
    public static final String PROP_MEMBERSHIP_ID = "membership.id";
    /** A {@link LifecycleStage} name. */
    public static final String PROP_STAGE = "stage";
    public static final String PROP_PREVIOUS_STAGE = "stage.previous";
    /** Integer: days from today to the membership's last valid day (0 = ends today). */
    public static final String PROP_DAYS_LEFT = "days.left";
    /** Integer: whole days since the member's last visit. */
    public static final String PROP_DAYS_SINCE_VISIT = "days.since.visit";
    /** Integer: visits left on the pack after the visit. */
    public static final String PROP_VISITS_LEFT = "visits.left";

    private FitnessEvents() {
    }
}
