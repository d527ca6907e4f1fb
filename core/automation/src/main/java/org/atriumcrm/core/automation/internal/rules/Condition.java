package org.atriumcrm.core.automation.internal.rules;

import java.util.List;

/**
 * What a record must satisfy for a rule to act: comparisons of its fields, combined with and/or.
 * In JSON: {@code {"all":[…]}}, {@code {"any":[…]}} or {@code {"field":"status","op":"eq","value":"LEAD"}}
 * ({@code "values":[…]} for {@code in}; none for {@code empty}).
 */
public sealed interface Condition {

    /** No condition: every record qualifies. */
    Condition ALWAYS = new All(List.of());

    /** Every one of them holds (true when there are none). */
    record All(List<Condition> conditions) implements Condition {
        public All {
            conditions = List.copyOf(conditions);
        }
    }

    /** At least one of them holds. */
    record Any(List<Condition> conditions) implements Condition {
        public Any {
            conditions = List.copyOf(conditions);
        }
    }

    /**
     * A field of the record compared with the rule's value.
     *
     * @param field a field name, a dotted path into nested values ({@code customFields.budget})
     */
    record Comparison(String field, Operator operator, String value, List<String> values) implements Condition {
        public Comparison {
            values = values == null ? List.of() : List.copyOf(values);
        }
    }
}
