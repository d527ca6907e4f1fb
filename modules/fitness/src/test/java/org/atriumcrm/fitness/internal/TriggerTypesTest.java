package org.atriumcrm.fitness.internal;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.junit.jupiter.api.Test;

class TriggerTypesTest {

    @Test
    void expiringFiresOnTheDayWithTheDaysAWorkflowAsksFor() {
        MembershipExpiringTrigger trigger = new MembershipExpiringTrigger();
        Map<String, Object> event = Map.of(FitnessEvents.PROP_CLIENT_ID, "c-1", FitnessEvents.PROP_DAYS_LEFT, 7);
        assertTrue(trigger.fires(event, Map.of("days", "7")));
        assertFalse(trigger.fires(event, Map.of("days", "14")));
        assertFalse(trigger.fires(event, Map.of("days", "seven")), "a malformed argument never fires");
        assertFalse(trigger.fires(Map.of(FitnessEvents.PROP_DAYS_LEFT, 7), Map.of("days", "7")), "an event without a client never fires");
    }

    @Test
    void stageChangedFiresForAnyStageOrTheOneAsked() {
        StageChangedTrigger trigger = new StageChangedTrigger();
        Map<String, Object> event = Map.of(FitnessEvents.PROP_CLIENT_ID, "c-1", FitnessEvents.PROP_STAGE, "DECLINING");
        assertTrue(trigger.fires(event, Map.of()));
        assertTrue(trigger.fires(event, Map.of("stage", "declining")));
        assertFalse(trigger.fires(event, Map.of("stage", "LAPSED")));
    }

    @Test
    void packAndNoVisitTriggersCompareTheirNumbers() {
        Map<String, Object> pack = Map.of(FitnessEvents.PROP_CLIENT_ID, "c-1", FitnessEvents.PROP_VISITS_LEFT, 1);
        assertTrue(new PackBalanceLowTrigger().fires(pack, Map.of()));
        assertTrue(new PackBalanceLowTrigger().fires(pack, Map.of("visits", "1")));
        assertFalse(new PackBalanceLowTrigger().fires(pack, Map.of("visits", "2")));
        Map<String, Object> absent = Map.of(FitnessEvents.PROP_CLIENT_ID, "c-1", FitnessEvents.PROP_DAYS_SINCE_VISIT, 14);
        assertTrue(new NoVisitTrigger().fires(absent, Map.of("days", "14")));
        assertFalse(new NoVisitTrigger().fires(absent, Map.of("days", "7")));
    }
}
