package org.atriumcrm.core.automation.internal.rules;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.Locale;
import java.util.Map;

/**
 * Tests a record (its fields as JSON gives them: strings, numbers, booleans, lists, nested maps)
 * against a condition. Text compares without regard to case; numbers compare as numbers; dates and
 * instants, written as ISO-8601, compare in time order as text does. A list field equals a value
 * when one of its items does, and contains it the same way. Whether a client is in a saved filter
 * is asked of the filters bound into the condition.
 */
public final class ConditionEvaluator {

    private ConditionEvaluator() {
    }

    public static boolean holds(Condition condition, Map<String, ?> record) {
        if (condition instanceof Condition.All all) {
            return all.conditions().stream().allMatch(inner -> holds(inner, record));
        }
        if (condition instanceof Condition.Any any) {
            return any.conditions().stream().anyMatch(inner -> holds(inner, record));
        }
        if (condition instanceof Condition.InSavedFilter saved) {
            Object clientId = resolve(record, saved.field());
            return clientId != null && saved.filters().matches(saved.savedFilterId(), clientId.toString());
        }
        Condition.Comparison comparison = (Condition.Comparison) condition;
        return compare(comparison, resolve(record, comparison.field()));
    }

    private static boolean compare(Condition.Comparison comparison, Object actual) {
        String value = comparison.value();
        return switch (comparison.operator()) {
            case EQ -> equalsAny(actual, value);
            case NE -> !equalsAny(actual, value);
            case LT -> order(actual, value) < 0;
            case GT -> order(actual, value) > 0;
            case CONTAINS -> contains(actual, value);
            case EMPTY -> empty(actual);
            case NOT_EMPTY -> !empty(actual);
            case IN -> comparison.values().stream().anyMatch(candidate -> equalsAny(actual, candidate));
        };
    }

    /** The value at a dotted path, or null when a step is missing. */
    public static Object resolve(Map<String, ?> record, String path) {
        Object current = record;
        for (String step : path.split("\\.")) {
            if (!(current instanceof Map<?, ?> map)) {
                return null;
            }
            current = map.get(step);
        }
        return current;
    }

    private static boolean equalsAny(Object actual, String value) {
        if (actual instanceof Collection<?> items) {
            return items.stream().anyMatch(item -> same(item, value));
        }
        return same(actual, value);
    }

    private static boolean same(Object actual, String value) {
        if (actual == null || value == null) {
            return actual == null && value == null;
        }
        BigDecimal left = number(actual);
        BigDecimal right = number(value);
        if (left != null && right != null) {
            return left.compareTo(right) == 0;
        }
        return text(actual).equals(text(value));
    }

    /** Negative, zero or positive as the field is before, at or after the value; a missing field is never before or after. */
    private static int order(Object actual, String value) {
        if (actual == null || value == null || actual instanceof Collection<?> || actual instanceof Map<?, ?>) {
            return 0;
        }
        BigDecimal left = number(actual);
        BigDecimal right = number(value);
        if (left != null && right != null) {
            return left.compareTo(right);
        }
        if (left != null || right != null) {
            return 0;
        }
        return Integer.signum(text(actual).compareTo(text(value)));
    }

    private static boolean contains(Object actual, String value) {
        if (actual == null || value == null) {
            return false;
        }
        if (actual instanceof Collection<?> items) {
            return items.stream().anyMatch(item -> item != null && text(item).contains(text(value)));
        }
        return text(actual).contains(text(value));
    }

    private static boolean empty(Object actual) {
        return actual == null
                || actual instanceof CharSequence text && text.toString().isBlank()
                || actual instanceof Collection<?> items && items.isEmpty()
                || actual instanceof Map<?, ?> map && map.isEmpty();
    }

    private static BigDecimal number(Object value) {
        if (value instanceof Number number) {
            return new BigDecimal(number.toString());
        }
        if (value instanceof String text && text.strip().matches("[-+]?\\d+(\\.\\d+)?")) {
            return new BigDecimal(text.strip());
        }
        return null;
    }

    private static String text(Object value) {
        return value.toString().strip().toLowerCase(Locale.ROOT);
    }
}
