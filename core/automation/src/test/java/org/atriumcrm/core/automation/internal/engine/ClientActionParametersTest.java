package org.atriumcrm.core.automation.internal.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.atriumcrm.core.api.FieldError;
import org.atriumcrm.core.spi.ParameterSpec;
import org.junit.jupiter.api.Test;

/** The parameters of the actions that change a record's client or deal, and what they refuse before a rule is saved. */
class ClientActionParametersTest {

    private static final SetFieldAction SET_FIELD = new SetFieldAction(null, null);

    private static List<String> errors(RuleAction action, Map<String, String> arguments) {
        return action.argumentErrors(arguments).stream().map(FieldError::field).toList();
    }

    private static ParameterSpec parameter(RuleAction action, String name) {
        return action.parameters().stream().filter(parameter -> parameter.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void theTagIsRequired() {
        AddTagAction addTag = new AddTagAction(null);
        assertEquals("core.add-tag", addTag.id());
        assertEquals(List.of("tag"), addTag.parameters().stream().map(ParameterSpec::name).toList());
        assertTrue(parameter(addTag, "tag").required());
    }

    @Test
    void aFieldIsRequiredAndTheValueMayBeLeftOutToClearIt() {
        assertTrue(parameter(SET_FIELD, "field").required());
        assertEquals(false, parameter(SET_FIELD, "value").required());
        assertEquals(List.of(), errors(SET_FIELD, Map.of("field", "source")));
        assertEquals(List.of(), errors(SET_FIELD, Map.of("field", "responsibleManagerId", "value", "u-1")));
    }

    @Test
    void theStatusTakesTheStatusesOfTheLifecycleOnly() {
        assertEquals(List.of(), errors(SET_FIELD, Map.of("field", "status", "value", "active")));
        assertEquals(List.of("value"), errors(SET_FIELD, Map.of("field", "status", "value", "ARCHIVED")));
        assertEquals(List.of("value"), errors(SET_FIELD, Map.of("field", "status", "value", "happy")));
        assertEquals(List.of("value"), errors(SET_FIELD, Map.of("field", "status")));
    }

    @Test
    void aFieldRulesDoNotSetIsNamed() {
        assertEquals(List.of("field"), errors(SET_FIELD, Map.of("field", "name", "value", "Renamed")));
        assertEquals(List.of("field"), errors(SET_FIELD, Map.of("field", "customFields.", "value", "x")));
    }

    @Test
    void aDealIsMovedToARequiredStageAndOnlyByADealsRule() {
        MoveDealAction moveDeal = new MoveDealAction(null, null);
        assertTrue(parameter(moveDeal, "stageId").required());
        assertEquals(false, parameter(moveDeal, "lostReason").required());
        RecordFacts client = new RecordFacts("client", "c-1", "c-1", "u-1", 1, Map.of());
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> moveDeal.perform(client, Map.of("stageId", "s-1")));
        assertTrue(refused.getMessage().contains("a rule about a client has none to move"), refused.getMessage());
    }
}
