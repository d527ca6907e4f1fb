package org.atriumcrm.core.automation.internal.timed;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.atriumcrm.core.api.FieldError;
import org.junit.jupiter.api.Test;

class TimeTriggerTest {

    private static List<String> fields(TimeTrigger trigger, Map<String, String> arguments) {
        return trigger.check(arguments, Set.of("contractEnd")).stream().map(FieldError::field).toList();
    }

    @Test
    void daysInAStageAreOneToTenYears() {
        assertEquals(List.of("trigger.arguments.days"), fields(TimeTrigger.OPPORTUNITY_STUCK, Map.of("days", "0")));
        assertEquals(List.of("trigger.arguments.days"), fields(TimeTrigger.OPPORTUNITY_STUCK, Map.of("days", "3651")));
        assertEquals(List.of(), fields(TimeTrigger.OPPORTUNITY_STUCK, Map.of("days", "1")));
        assertEquals(List.of(), fields(TimeTrigger.OPPORTUNITY_STUCK, Map.of("days", "3650")));
    }

    @Test
    void aDateReachedIsABirthdayOrADateFieldOfClients() {
        assertEquals(List.of(), fields(TimeTrigger.DATE_REACHED, Map.of("field", "birthday", "offsetDays", "-14", "yearly", "true")));
        assertEquals(List.of(), fields(TimeTrigger.DATE_REACHED, Map.of("field", "customFields.contractEnd")));
        assertEquals(List.of("trigger.arguments.field"), fields(TimeTrigger.DATE_REACHED, Map.of("field", "customFields.language")));
        assertEquals(List.of("trigger.arguments.field"), fields(TimeTrigger.DATE_REACHED, Map.of("field", "expectedClose")));
        assertEquals(List.of("trigger.arguments.offsetDays"),
                fields(TimeTrigger.DATE_REACHED, Map.of("field", "birthday", "offsetDays", "4000")));
    }
}
