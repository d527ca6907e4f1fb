package org.atriumcrm.core.automation.internal.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import org.atriumcrm.core.automation.internal.rules.ConditionEvaluator;
import org.atriumcrm.core.automation.internal.rules.ConditionExplanation;
import org.atriumcrm.core.automation.internal.rules.RuleDefinition;
import org.atriumcrm.core.automation.internal.rules.StepSpec;
import org.atriumcrm.core.automation.internal.rules.StoredRule;

/**
 * A rule tried on a record without doing anything: whether each condition holds, and what each
 * action would do. Nothing is stored, no run is opened, no turn of a team is given.
 */
public final class DryRun {

    private DryRun() {
    }

    /** @param actions the action types present now, by id */
    public static List<String> lines(StoredRule rule, Optional<String> inactiveReason, RecordFacts record,
            Function<String, Optional<RuleAction>> actions) {
        RuleDefinition definition = rule.definition();
        List<String> lines = new ArrayList<>();
        lines.add("Rule " + rule.id() + " \"" + definition.name() + "\", version " + rule.version() + ", trigger "
                + definition.trigger().type() + (rule.enabled() ? ", enabled" : ", disabled")
                + inactiveReason.map(reason -> ", inactive: " + reason).orElse(", active"));
        lines.add("Record: " + record.type() + " " + record.id() + (record.deleted() ? " (deleted)" : ""));
        BuiltInTrigger.byId(definition.trigger().type()).filter(trigger -> !trigger.recordType().equals(record.type()))
                .ifPresent(trigger -> lines.add("Note: the trigger is about " + trigger.recordType()
                        + "s; its conditions are tried on this " + record.type()));
        lines.add("Conditions:");
        ConditionExplanation.lines(definition.conditions(), record.fields()).forEach(line -> lines.add("  " + line));
        if (!ConditionEvaluator.holds(definition.conditions(), record.fields())) {
            lines.add("The conditions do not hold: the rule would do nothing.");
            return lines;
        }
        lines.add("Actions (dry run, nothing is changed):");
        List<StepSpec> steps = definition.actions();
        for (int index = 0; index < steps.size(); index++) {
            StepSpec step = steps.get(index);
            lines.add("  " + (index + 1) + ". " + step.type() + ": " + preview(step, record, actions));
        }
        return lines;
    }

    private static String preview(StepSpec step, RecordFacts record, Function<String, Optional<RuleAction>> actions) {
        Optional<RuleAction> action = actions.apply(step.type());
        if (action.isEmpty()) {
            return "not installed: the run would wait for it";
        }
        try {
            return action.get().preview(record, step.arguments());
        } catch (IllegalArgumentException wouldFail) {
            return "would fail: " + wouldFail.getMessage();
        }
    }
}
