package org.atriumcrm.core.automation.internal.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.atriumcrm.core.api.FieldError;
import org.atriumcrm.core.api.ValidationException;
import org.atriumcrm.core.spi.ParameterSpec;
import org.atriumcrm.core.spi.UiContribution.Label;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

class SavedFilterConditionTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** One saved filter, "vip", whose list holds client c1 only. */
    private static final SavedFilters FILTERS = new SavedFilters() {
        @Override
        public boolean exists(String savedFilterId) {
            return savedFilterId.equals("vip");
        }

        @Override
        public boolean matches(String savedFilterId, String clientId) {
            return exists(savedFilterId) && Set.of("c1").contains(clientId);
        }
    };

    private static Condition condition(String json, List<FieldError> errors) throws Exception {
        return ConditionJson.read(JSON.readTree(json), "conditions", errors, FILTERS);
    }

    private static Condition condition(String json) throws Exception {
        List<FieldError> errors = new ArrayList<>();
        Condition condition = condition(json, errors);
        assertEquals(List.of(), errors);
        return condition;
    }

    @Test
    void holdsForAClientInTheSavedFiltersListAndForARecordOfThatClient() throws Exception {
        Condition client = condition("{\"all\":[{\"field\":\"id\",\"op\":\"in-saved-filter\",\"value\":\"vip\"}]}");
        assertTrue(ConditionEvaluator.holds(client, Map.of("id", "c1")));
        assertFalse(ConditionEvaluator.holds(client, Map.of("id", "c2")));
        assertFalse(ConditionEvaluator.holds(client, Map.of("name", "no id")));

        Condition deal = condition("{\"field\":\"clientId\",\"op\":\"in-saved-filter\",\"value\":\"vip\"}");
        assertTrue(ConditionEvaluator.holds(deal, Map.of("id", "d9", "clientId", "c1")));
    }

    @Test
    void aDeletedSavedFilterNeverHoldsAndIsNamedWhereTheConditionIs() throws Exception {
        Condition gone = condition("{\"any\":[{\"field\":\"status\",\"op\":\"eq\",\"value\":\"LEAD\"},"
                + "{\"field\":\"id\",\"op\":\"in-saved-filter\",\"value\":\"deleted-one\"}]}");
        assertFalse(ConditionEvaluator.holds(gone, Map.of("id", "c1", "status", "ACTIVE")));
        List<FieldError> missing = ConditionJson.missingSavedFilters(gone, "conditions");
        assertEquals(List.of("conditions.any[1].value"), missing.stream().map(FieldError::field).toList());
        assertEquals(FieldError.NOT_FOUND, missing.get(0).code());
        assertTrue(ConditionExplanation.lines(gone, Map.of("id", "c1")).get(2).contains("deleted"));
    }

    @Test
    void readsBackAsWrittenAndEqualsWhateverItAsks() throws Exception {
        Condition condition = condition("{\"all\":[{\"field\":\"id\",\"op\":\"in-saved-filter\",\"value\":\" vip \"}]}");
        assertEquals("{\"all\":[{\"field\":\"id\",\"op\":\"in-saved-filter\",\"value\":\"vip\"}]}",
                ConditionJson.write(condition).toString());
        // a definition read with other filters is the same definition: no new rule version for it
        assertEquals(condition, ConditionJson.read(ConditionJson.write(condition), "conditions", new ArrayList<>()));
    }

    @Test
    void namesAFieldThatHoldsNoClientAndAMissingFilter() throws Exception {
        List<FieldError> errors = new ArrayList<>();
        condition("{\"all\":[{\"field\":\"name\",\"op\":\"in-saved-filter\",\"value\":\"vip\"},"
                + "{\"field\":\"id\",\"op\":\"in-saved-filter\"}]}", errors);
        assertEquals(List.of("conditions.all[0].field", "conditions.all[1].value"), errors.stream().map(FieldError::field).toList());
    }

    @Test
    void theValidatorRefusesARuleOnASavedFilterThatDoesNotExist() {
        RuleRequest request = new RuleRequest("VIP", true, new StepSpec("client.created", null),
                JSON.createObjectNode().set("all", JSON.createArrayNode().add(JSON.createObjectNode()
                        .put("field", "id").put("op", "in-saved-filter").put("value", "deleted-one"))),
                List.of(new StepSpec("core.add-tag", Map.of("tag", "vip"))));
        StepTypes anyType = new StepTypes() {
            @Override
            public Optional<List<ParameterSpec>> triggerParameters(String id) {
                return Optional.of(List.of());
            }

            @Override
            public Optional<List<ParameterSpec>> actionParameters(String id) {
                return Optional.of(List.of(new ParameterSpec("tag",
                        Label.of("Tag", "Etiqueta", "Метка"),
                        ParameterSpec.Type.TEXT, true)));
            }
        };
        ValidationException refused = assertThrows(ValidationException.class, () -> RuleValidator.check(request, anyType, FILTERS));
        assertEquals(List.of("conditions.all[0].value"), refused.errors().stream().map(FieldError::field).toList());

        // a rule that named it before it was deleted can still be saved, to switch it off
        Condition current = ConditionJson.read(request.conditions(), "conditions", new ArrayList<>(), FILTERS);
        assertEquals(current, RuleValidator.check(request, anyType, FILTERS, current).conditions());
    }
}
