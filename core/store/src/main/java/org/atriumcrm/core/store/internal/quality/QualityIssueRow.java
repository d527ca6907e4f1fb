package org.atriumcrm.core.store.internal.quality;

import java.util.Arrays;
import java.util.List;

import org.atriumcrm.core.quality.QualityIssue;
import org.atriumcrm.core.quality.QualityIssueType;
import org.atriumcrm.core.quality.SuggestedFix;

/**
 * The columns of one row of {@code atr_client_quality_issue}: an issue as stored, and back. Texts
 * longer than their column are cut rather than refused, since a warning must never make a client
 * write fail.
 */
record QualityIssueRow(String field, String type, String message, String value, String fixAction, String fixTarget,
                       String fixValues, String fixNote) {

    static final int FIELD_MAX = 64;
    static final int MESSAGE_MAX = 200;
    static final int VALUE_MAX = 300;
    static final int FIX_VALUES_MAX = 1000;
    static final int NOTE_MAX = 200;
    /** Between the values of a SPLIT, whose parts never hold one (a line break separates values). */
    private static final String VALUE_SEPARATOR = "\n";

    static QualityIssueRow of(QualityIssue issue) {
        SuggestedFix fix = issue.fix();
        return new QualityIssueRow(cut(issue.field(), FIELD_MAX), issue.type().name(), cut(issue.message(), MESSAGE_MAX),
                cut(issue.value(), VALUE_MAX),
                fix == null ? null : fix.action().name(),
                fix == null ? null : cut(fix.targetField(), FIELD_MAX),
                fix == null ? null : cut(String.join(VALUE_SEPARATOR, fix.values()), FIX_VALUES_MAX),
                fix == null ? null : cut(fix.note(), NOTE_MAX));
    }

    /** The columns after the client id and ordinal, in the table's order. */
    List<String> columns() {
        return Arrays.asList(field, type, message, value, fixAction, fixTarget, fixValues, fixNote);
    }

    /** The issue again; a type or action this version does not know (a later one wrote it) is {@code null}. */
    QualityIssue toIssue() {
        return new QualityIssue(field, known(QualityIssueType.class, type), message, value, toFix());
    }

    private SuggestedFix toFix() {
        SuggestedFix.Action action = known(SuggestedFix.Action.class, fixAction);
        if (action == null) {
            return null;
        }
        List<String> values = fixValues == null ? List.of()
                : action == SuggestedFix.Action.SPLIT ? Arrays.asList(fixValues.split(VALUE_SEPARATOR, -1)) : List.of(fixValues);
        return new SuggestedFix(action, fixTarget, values, fixNote);
    }

    private static <E extends Enum<E>> E known(Class<E> type, String name) {
        if (name == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, name);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** The text within {@code max} characters, never ending in half a surrogate pair. */
    static String cut(String text, int max) {
        if (text == null || text.length() <= max) {
            return text;
        }
        int end = Character.isHighSurrogate(text.charAt(max - 1)) ? max - 1 : max;
        return text.substring(0, end);
    }
}
