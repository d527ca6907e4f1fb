package org.atriumcrm.core.automation.internal.rules;

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

/** What a client sends to create a rule or change one: its definition and whether it is enabled. */
public record RuleRequest(String name, Boolean enabled, StepSpec trigger, JsonNode conditions, List<StepSpec> actions) {
}
