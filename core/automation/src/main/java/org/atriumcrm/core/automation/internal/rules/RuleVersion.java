package org.atriumcrm.core.automation.internal.rules;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * One version of a rule's definition as the API shows it: when and by whom it was written, and its
 * trigger's type; {@code definition} only when that one version is asked for, not in the list.
 *
 * @param createdBy     the user's id, or null for a rule Atrium ships
 * @param createdByName that user's display name, when the user is still known
 */
public record RuleVersion(int version, boolean current, Instant createdAt, String createdBy, String createdByName, String triggerType,
        @JsonInclude(JsonInclude.Include.NON_NULL) Definition definition) {

    /** What the version does, read-only: an older one is shown, never edited. */
    public record Definition(String name, StepSpec trigger, JsonNode conditions, List<StepSpec> actions) {

        static Definition of(RuleDefinition definition) {
            return new Definition(definition.name(), definition.trigger(), ConditionJson.write(definition.conditions()),
                    definition.actions());
        }
    }

    public RuleVersion named(String name) {
        return new RuleVersion(version, current, createdAt, createdBy, name, triggerType, definition);
    }
}
