package org.atriumcrm.core.automation.internal.rules;

import java.util.List;

/** A checked definition: what one version of a rule does. Runs refer to the version they ran. */
public record RuleDefinition(String name, StepSpec trigger, Condition conditions, List<StepSpec> actions) {

    public RuleDefinition {
        actions = List.copyOf(actions);
    }
}
