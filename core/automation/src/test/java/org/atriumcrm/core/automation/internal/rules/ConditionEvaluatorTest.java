package org.atriumcrm.core.automation.internal.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.atriumcrm.core.api.FieldError;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

class ConditionEvaluatorTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static Map<String, Object> lead() {
        Map<String, Object> record = new HashMap<>();
        record.put("name", "Omicron Logistics");
        record.put("status", "LEAD");
        record.put("tags", List.of("web", "Spain"));
        record.put("sector", "");
        record.put("customFields", Map.of("budget", 12000, "renewal", "2026-03-01"));
        record.put("createdAt", "2026-01-15T10:00:00Z");
        return record;
    }

    private static Condition condition(String json) throws Exception {
        List<FieldError> errors = new ArrayList<>();
        Condition condition = ConditionJson.read(JSON.readTree(json), "conditions", errors);
        assertEquals(List.of(), errors);
        return condition;
    }

    private static boolean holds(String json) throws Exception {
        return ConditionEvaluator.holds(condition(json), lead());
    }

    @Test
    void equalityIgnoresCaseAndListFieldsMatchByItem() throws Exception {
        assertTrue(holds("{\"field\":\"status\",\"op\":\"eq\",\"value\":\"lead\"}"));
        assertFalse(holds("{\"field\":\"status\",\"op\":\"eq\",\"value\":\"CUSTOMER\"}"));
        assertTrue(holds("{\"field\":\"status\",\"op\":\"ne\",\"value\":\"CUSTOMER\"}"));
        assertTrue(holds("{\"field\":\"tags\",\"op\":\"eq\",\"value\":\"spain\"}"));
        assertFalse(holds("{\"field\":\"tags\",\"op\":\"ne\",\"value\":\"web\"}"));
    }

    @Test
    void numbersCompareAsNumbersAndDatesInTimeOrder() throws Exception {
        assertTrue(holds("{\"field\":\"customFields.budget\",\"op\":\"gt\",\"value\":\"9000\"}"));
        assertFalse(holds("{\"field\":\"customFields.budget\",\"op\":\"lt\",\"value\":\"9000\"}"));
        assertTrue(holds("{\"field\":\"customFields.budget\",\"op\":\"eq\",\"value\":\"12000.00\"}"));
        assertTrue(holds("{\"field\":\"customFields.renewal\",\"op\":\"lt\",\"value\":\"2026-04-01\"}"));
        assertTrue(holds("{\"field\":\"createdAt\",\"op\":\"gt\",\"value\":\"2026-01-15T09:59:59Z\"}"));
    }

    @Test
    void aMissingFieldIsEmptyAndNeverBeforeOrAfter() throws Exception {
        assertTrue(holds("{\"field\":\"geography\",\"op\":\"empty\"}"));
        assertTrue(holds("{\"field\":\"sector\",\"op\":\"empty\"}"));
        assertFalse(holds("{\"field\":\"name\",\"op\":\"empty\"}"));
        assertTrue(holds("{\"field\":\"name\",\"op\":\"not-empty\"}"));
        assertFalse(holds("{\"field\":\"geography\",\"op\":\"lt\",\"value\":\"5\"}"));
        assertFalse(holds("{\"field\":\"geography\",\"op\":\"gt\",\"value\":\"5\"}"));
        assertFalse(holds("{\"field\":\"customFields.absent.deeper\",\"op\":\"eq\",\"value\":\"x\"}"));
    }

    @Test
    void containsAndInList() throws Exception {
        assertTrue(holds("{\"field\":\"name\",\"op\":\"contains\",\"value\":\"LOGISTIC\"}"));
        assertFalse(holds("{\"field\":\"name\",\"op\":\"contains\",\"value\":\"retail\"}"));
        assertTrue(holds("{\"field\":\"tags\",\"op\":\"contains\",\"value\":\"spa\"}"));
        assertTrue(holds("{\"field\":\"status\",\"op\":\"in\",\"values\":[\"PROSPECT\",\"LEAD\"]}"));
        assertFalse(holds("{\"field\":\"status\",\"op\":\"in\",\"values\":[\"PROSPECT\",\"CUSTOMER\"]}"));
    }

    @Test
    void allAndAnyCombine() throws Exception {
        String leadFromTheWeb = "{\"all\":[{\"field\":\"status\",\"op\":\"eq\",\"value\":\"LEAD\"},"
                + "{\"field\":\"tags\",\"op\":\"eq\",\"value\":\"web\"}]}";
        assertTrue(holds(leadFromTheWeb));
        assertFalse(holds(leadFromTheWeb.replace("web", "fair")));
        String eitherOr = "{\"any\":[{\"field\":\"status\",\"op\":\"eq\",\"value\":\"CUSTOMER\"},"
                + "{\"all\":[{\"field\":\"customFields.budget\",\"op\":\"gt\",\"value\":\"10000\"},"
                + "{\"field\":\"name\",\"op\":\"contains\",\"value\":\"omicron\"}]}]}";
        assertTrue(holds(eitherOr));
        assertFalse(holds(eitherOr.replace("10000", "20000")));
        assertTrue(ConditionEvaluator.holds(Condition.ALWAYS, lead()));
        assertFalse(holds("{\"any\":[]}"));
    }

    @Test
    void aConditionReadsBackAsItWasWritten() throws Exception {
        Condition condition = condition("{\"any\":[{\"field\":\"status\",\"op\":\"in\",\"values\":[\"LEAD\"]},"
                + "{\"field\":\"sector\",\"op\":\"empty\"}]}");
        List<FieldError> errors = new ArrayList<>();
        assertEquals(condition, ConditionJson.read(ConditionJson.write(condition), "conditions", errors));
    }

    @Test
    void mistakesAreNamedByTheirPath() throws Exception {
        List<FieldError> errors = new ArrayList<>();
        ConditionJson.read(JSON.readTree("{\"all\":[{\"field\":\"status\",\"op\":\"eq\"},"
                + "{\"any\":[{\"field\":\"\",\"op\":\"about\"}]},{\"field\":\"status\",\"op\":\"in\",\"values\":[]}]}"),
                "conditions", errors);
        assertEquals(List.of("conditions.all[0].value", "conditions.all[1].any[0].field", "conditions.all[1].any[0].op",
                "conditions.all[2].values"), errors.stream().map(FieldError::field).toList());
    }
}
