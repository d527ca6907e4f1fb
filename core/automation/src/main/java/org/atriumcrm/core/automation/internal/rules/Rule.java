package org.atriumcrm.core.automation.internal.rules;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.atriumcrm.core.api.FieldError;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A rule as the API shows it. {@code active} is false while a type it uses is absent (its module is
 * not installed): it does nothing then, and works again when the module returns. {@code warnings}
 * name the parts that can never hold now: a condition on a saved filter that was deleted.
 */
public record Rule(String id, String name, boolean enabled, int version, boolean active, String inactiveReason,
        StepSpec trigger, JsonNode conditions, List<StepSpec> actions, List<FieldError> warnings, Instant createdAt,
        Instant updatedAt) {

    public Rule {
        warnings = List.copyOf(warnings);
    }

    public static Rule of(StoredRule stored, StepTypes types) {
        RuleDefinition definition = stored.definition();
        Optional<String> missing = missingType(definition, types);
        return new Rule(stored.id(), definition.name(), stored.enabled(), stored.version(), missing.isEmpty(),
                missing.orElse(null), definition.trigger(), ConditionJson.write(definition.conditions()),
                definition.actions(), ConditionJson.missingSavedFilters(definition.conditions(), "conditions"),
                stored.createdAt(), stored.updatedAt());
    }

    /** Why the rule cannot run now: the first of its types that is absent. */
    public static Optional<String> missingType(RuleDefinition definition, StepTypes types) {
        if (types.triggerParameters(definition.trigger().type()).isEmpty()) {
            return Optional.of("trigger type " + definition.trigger().type() + " is not installed");
        }
        return definition.actions().stream()
                .filter(action -> types.actionParameters(action.type()).isEmpty())
                .findFirst()
                .map(action -> "action type " + action.type() + " is not installed");
    }
}
