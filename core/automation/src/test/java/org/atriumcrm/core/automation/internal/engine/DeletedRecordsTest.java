package org.atriumcrm.core.automation.internal.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.atriumcrm.core.api.security.AuditChange;
import org.atriumcrm.core.automation.internal.rules.Condition;
import org.atriumcrm.core.automation.internal.rules.ConditionEvaluator;
import org.atriumcrm.core.automation.internal.rules.Operator;
import org.junit.jupiter.api.Test;

class DeletedRecordsTest {

    private static final List<AuditChange> DELETION = List.of(
            new AuditChange("name", "Omicron Logistics", null),
            new AuditChange("status", "LEAD", null),
            new AuditChange("tags[0]", "web", null),
            new AuditChange("tags[1]", "Spain", null),
            new AuditChange("contacts[0].firstName", "Ana", null),
            new AuditChange("contacts[0].phones[0]", "+34 600 000 001", null),
            new AuditChange("contacts[1].firstName", "Luis", null),
            new AuditChange("customFields.budget", "12000", null),
            new AuditChange("responsibleManagerId", "u-7", null));

    @Test
    void rebuildsListsAndNestedValuesFromTheAuditPaths() {
        Map<String, Object> fields = DeletedRecords.fields(DELETION);

        assertEquals("Omicron Logistics", fields.get("name"));
        assertEquals(List.of("web", "Spain"), fields.get("tags"));
        assertEquals(Map.of("budget", "12000"), fields.get("customFields"));
        List<?> contacts = (List<?>) fields.get("contacts");
        assertEquals(2, contacts.size());
        assertEquals(Map.of("firstName", "Ana", "phones", List.of("+34 600 000 001")), contacts.get(0));
        assertEquals(Map.of("firstName", "Luis"), contacts.get(1));
    }

    @Test
    void conditionsHoldOnTheLastValuesAsOnALiveRecord() {
        Map<String, Object> fields = DeletedRecords.fields(DELETION);

        assertTrue(ConditionEvaluator.holds(new Condition.Comparison("tags", Operator.EQ, "spain", null), fields));
        assertTrue(ConditionEvaluator.holds(new Condition.Comparison("customFields.budget", Operator.GT, "10000", null), fields));
        assertFalse(ConditionEvaluator.holds(new Condition.Comparison("status", Operator.EQ, "ACTIVE", null), fields));
        assertTrue(ConditionEvaluator.holds(new Condition.Comparison("sector", Operator.EMPTY, null, null), fields));
    }

    @Test
    void aPathThatClashesWithAnEarlierOneIsLeftOut() {
        Map<String, Object> fields = DeletedRecords.fields(Arrays.asList(
                new AuditChange("value", "plain", null), new AuditChange("value[0]", "listed", null),
                new AuditChange("gone", null, null)));

        assertEquals(Map.of("value", "plain"), fields);
    }
}
