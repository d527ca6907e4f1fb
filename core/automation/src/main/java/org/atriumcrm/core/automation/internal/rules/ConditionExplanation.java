package org.atriumcrm.core.automation.internal.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A condition tree as lines a person reads, each marked with whether it holds for the record and,
 * for a comparison, the value the record has: what a dry run shows to say why a rule would act or not.
 */
public final class ConditionExplanation {

    private ConditionExplanation() {
    }

    public static List<String> lines(Condition condition, Map<String, ?> record) {
        List<String> lines = new ArrayList<>();
        explain(condition, record, "", lines);
        return lines;
    }

    private static void explain(Condition condition, Map<String, ?> record, String indent, List<String> lines) {
        String mark = ConditionEvaluator.holds(condition, record) ? "[yes] " : "[no]  ";
        if (condition instanceof Condition.All all) {
            lines.add(indent + mark + (all.conditions().isEmpty() ? "no conditions: every record" : "all of:"));
            all.conditions().forEach(inner -> explain(inner, record, indent + "  ", lines));
        } else if (condition instanceof Condition.Any any) {
            lines.add(indent + mark + "any of:");
            any.conditions().forEach(inner -> explain(inner, record, indent + "  ", lines));
        } else if (condition instanceof Condition.InSavedFilter saved) {
            lines.add(indent + mark + saved.field() + " " + Condition.InSavedFilter.OPERATOR + " " + saved.savedFilterId()
                    + (saved.filters().exists(saved.savedFilterId()) ? "" : " (deleted: never holds)")
                    + " (is: " + ConditionEvaluator.resolve(record, saved.field()) + ")");
        } else {
            Condition.Comparison comparison = (Condition.Comparison) condition;
            String expected = switch (comparison.operator()) {
                case EMPTY, NOT_EMPTY -> "";
                case IN -> " " + comparison.values();
                default -> " " + comparison.value();
            };
            lines.add(indent + mark + comparison.field() + " " + comparison.operator().code() + expected
                    + " (is: " + ConditionEvaluator.resolve(record, comparison.field()) + ")");
        }
    }
}
