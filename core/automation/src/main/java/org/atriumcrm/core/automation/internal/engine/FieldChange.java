package org.atriumcrm.core.automation.internal.engine;

import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.atriumcrm.core.api.security.FieldPaths;
import org.atriumcrm.core.automation.internal.rules.Condition;
import org.atriumcrm.core.automation.internal.rules.ConditionEvaluator;
import org.atriumcrm.core.automation.internal.rules.Operator;

/**
 * Whether an update fired a field-changed trigger. Core's update event names the fields it changed
 * (names only, never values); the value the field was changed to is read from the record, fresh, and
 * compared as a condition's {@code eq} does (text without regard to case, numbers as numbers, one item
 * of a list). An event without the names (a merge, an update by a module's own code) changes no field
 * a rule can name, so it fires nothing.
 */
final class FieldChange {

    private FieldChange() {
    }

    /** Whether the trigger's field is among the changed ones, or inside or around one of them. */
    static boolean changed(Object changedFields, Map<String, String> arguments) {
        List<String> watched = FieldPaths.segments(arguments.getOrDefault(BuiltInTrigger.FIELD, ""));
        if (watched.isEmpty()) {
            return false;
        }
        for (String field : names(changedFields)) {
            List<String> changed = FieldPaths.segments(field);
            int common = Math.min(changed.size(), watched.size());
            if (common > 0 && changed.subList(0, common).equals(watched.subList(0, common))) {
                return true;
            }
        }
        return false;
    }

    /** Whether the record now has the value the trigger waits for (any value when it names none). */
    static boolean reached(RecordFacts record, Map<String, String> arguments) {
        String to = arguments.get(BuiltInTrigger.TO);
        if (to == null || to.isBlank()) {
            return true;
        }
        Condition equal = new Condition.Comparison(arguments.get(BuiltInTrigger.FIELD).strip(), Operator.EQ, to, null);
        return ConditionEvaluator.holds(equal, record.fields());
    }

    private static List<String> names(Object property) {
        if (property instanceof String[] names) {
            return List.of(names);
        }
        if (property instanceof Collection<?> names) {
            return names.stream().map(String::valueOf).toList();
        }
        return List.of();
    }
}
