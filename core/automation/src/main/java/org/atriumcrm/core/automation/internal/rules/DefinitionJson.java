package org.atriumcrm.core.automation.internal.rules;

import java.util.ArrayList;
import java.util.List;

import org.atriumcrm.core.api.FieldError;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** A rule's definition as it is stored in its version row, and read back. */
final class DefinitionJson {

    private static final ObjectMapper JSON = new ObjectMapper();

    private DefinitionJson() {
    }

    static String write(RuleDefinition definition) {
        ObjectNode node = JSON.createObjectNode();
        node.put("name", definition.name());
        node.set("trigger", JSON.valueToTree(definition.trigger()));
        node.set("conditions", ConditionJson.write(definition.conditions()));
        node.set("actions", JSON.valueToTree(definition.actions()));
        return node.toString();
    }

    /** @param filters what the definition's saved filter conditions ask */
    static RuleDefinition read(String stored, SavedFilters filters) {
        try {
            JsonNode node = JSON.readTree(stored);
            List<FieldError> errors = new ArrayList<>();
            Condition conditions = ConditionJson.read(node.get("conditions"), "conditions", errors, filters);
            if (!errors.isEmpty()) {
                throw new IllegalStateException("A stored rule definition does not read back: " + errors);
            }
            StepSpec trigger = JSON.treeToValue(node.get("trigger"), StepSpec.class);
            List<StepSpec> actions = List.of(JSON.treeToValue(node.get("actions"), StepSpec[].class));
            return new RuleDefinition(node.path("name").asText(), trigger, conditions, actions);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A stored rule definition is not JSON: " + e.getMessage(), e);
        }
    }
}
