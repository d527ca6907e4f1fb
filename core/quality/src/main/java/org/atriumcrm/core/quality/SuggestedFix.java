package org.atriumcrm.core.quality;

import java.util.List;

/**
 * What to do about a {@link QualityIssue}.
 *
 * @param action      how to apply it
 * @param targetField for {@code REPLACE} the field itself; for {@code MOVE} and {@code SPLIT} the
 *                    list that receives the values, e.g. {@code emails}
 * @param values      the new value or values
 * @param note        a short English explanation, e.g. "the check digit for these digits is 4"
 */
public record SuggestedFix(Action action, String targetField, List<String> values, String note) {

    public SuggestedFix {
        values = List.copyOf(values);
    }

    public enum Action {
        /** Put {@code values[0]} in place of the value. */
        REPLACE,
        /** Remove the value from its field and add {@code values} to {@code targetField}. */
        MOVE,
        /** Replace the value with the several {@code values}. */
        SPLIT
    }
}
