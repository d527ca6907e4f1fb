package org.atriumcrm.core.automation.internal.engine;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class FieldChangeTest {

    private static RecordFacts client(Map<String, Object> fields) {
        return new RecordFacts("client", "c-1", "c-1", "u-1", 3, fields);
    }

    @Test
    void firesWhenTheWatchedFieldIsAmongTheChangedOnes() {
        assertTrue(FieldChange.changed(new String[] {"name", "status"}, Map.of("field", "status")));
        assertFalse(FieldChange.changed(new String[] {"name"}, Map.of("field", "status")));
        assertFalse(FieldChange.changed(null, Map.of("field", "status")));
    }

    @Test
    void aFieldContainsItsNestedValuesAndIsNotConfusedWithItsSiblings() {
        assertTrue(FieldChange.changed(new String[] {"customFields.vip"}, Map.of("field", "customFields.vip")));
        assertTrue(FieldChange.changed(new String[] {"customFields.vip"}, Map.of("field", "customFields")));
        assertTrue(FieldChange.changed(List.of("contacts.phones"), Map.of("field", "contacts")));
        assertFalse(FieldChange.changed(new String[] {"customFields.budget"}, Map.of("field", "customFields.vip")));
        assertFalse(FieldChange.changed(new String[] {"statusNote"}, Map.of("field", "status")));
    }

    @Test
    void theValueReachedIsComparedAsAConditionDoes() {
        RecordFacts active = client(Map.of("status", "ACTIVE", "tags", List.of("vip", "web"), "customFields", Map.of("score", 10)));

        assertTrue(FieldChange.reached(active, Map.of("field", "status", "to", "active")));
        assertFalse(FieldChange.reached(active, Map.of("field", "status", "to", "LOST")));
        assertTrue(FieldChange.reached(active, Map.of("field", "tags", "to", "vip")));
        assertTrue(FieldChange.reached(active, Map.of("field", "customFields.score", "to", "10.0")));
        assertTrue(FieldChange.reached(active, Map.of("field", "status")), "no value: any change fires");
    }
}
