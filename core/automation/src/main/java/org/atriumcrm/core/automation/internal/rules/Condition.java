package org.atriumcrm.core.automation.internal.rules;

import java.util.List;
import java.util.Objects;

/**
 * What a record must satisfy for a rule to act: comparisons of its fields, combined with and/or.
 * In JSON: {@code {"all":[…]}}, {@code {"any":[…]}} or {@code {"field":"status","op":"eq","value":"LEAD"}}
 * ({@code "values":[…]} for {@code in}; none for {@code empty}), or
 * {@code {"field":"id","op":"in-saved-filter","value":"<saved filter id>"}} for a client in a saved filter's list.
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

    /**
     * The client a field of the record names ({@code id} of a client, {@code clientId} of a deal, a
     * task, an activity) is in the list a saved filter shows. False once the filter is deleted.
     *
     * @param filters where the check is asked; not part of what the condition is (equality, JSON)
     */
    record InSavedFilter(String field, String savedFilterId, SavedFilters filters) implements Condition {

        /** The operator's name in JSON. */
        public static final String OPERATOR = "in-saved-filter";
        /** The fields that hold a client id. */
        public static final List<String> CLIENT_FIELDS = List.of("id", "clientId");

        public InSavedFilter {
            filters = filters == null ? SavedFilters.NONE : filters;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof InSavedFilter that && field.equals(that.field) && savedFilterId.equals(that.savedFilterId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(field, savedFilterId);
        }

        @Override
        public String toString() {
            return "InSavedFilter[field=" + field + ", savedFilterId=" + savedFilterId + "]";
        }
    }
}
