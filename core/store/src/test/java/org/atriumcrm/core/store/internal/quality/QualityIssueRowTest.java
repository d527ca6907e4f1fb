package org.atriumcrm.core.store.internal.quality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;

import org.atriumcrm.core.quality.QualityIssue;
import org.atriumcrm.core.quality.QualityIssueType;
import org.atriumcrm.core.quality.SuggestedFix;
import org.atriumcrm.core.quality.SuggestedFix.Action;
import org.junit.jupiter.api.Test;

class QualityIssueRowTest {

    private static QualityIssue stored(QualityIssue issue) {
        List<String> columns = QualityIssueRow.of(issue).columns();
        return new QualityIssueRow(columns.get(0), columns.get(1), columns.get(2), columns.get(3), columns.get(4),
                columns.get(5), columns.get(6), columns.get(7)).toIssue();
    }

    @Test
    void aSplitKeepsEachOfItsValues() {
        QualityIssue split = new QualityIssue("phones[0]", QualityIssueType.SEVERAL_VALUES_IN_ONE_FIELD, "holds 2 values",
                "123-45-67, 765-43-21", new SuggestedFix(Action.SPLIT, "phones", List.of("123-45-67", "765-43-21"), null));

        assertEquals(split, stored(split));
    }

    @Test
    void aReplacedValueWithALineBreakStaysOneValue() {
        QualityIssue caps = new QualityIssue("name", QualityIssueType.ALL_CAPS_NAME, "is written in capitals", "ООО\nАЛЬФА",
                new SuggestedFix(Action.REPLACE, "name", List.of("ООО\nАльфа"), "a note"));

        assertEquals(caps, stored(caps));
    }

    @Test
    void anIssueWithoutAFixHasNoFixColumns() {
        QualityIssue noFix = new QualityIssue("phones[1]", QualityIssueType.INVALID_PHONE, "is not a phone number", "call me", null);

        QualityIssueRow row = QualityIssueRow.of(noFix);
        assertNull(row.fixAction());
        assertNull(row.fixValues());
        assertEquals(noFix, stored(noFix));
    }

    @Test
    void textsLongerThanTheirColumnAreCutNotRefused() {
        String name = "Я".repeat(QualityIssueRow.VALUE_MAX - 1) + "\uD83D\uDE00"; // an emoji across the limit
        QualityIssueRow row = QualityIssueRow.of(new QualityIssue("name", QualityIssueType.ALL_CAPS_NAME, "is written in capitals",
                name, new SuggestedFix(Action.REPLACE, "name", List.of(name.repeat(4)), null)));

        assertEquals("Я".repeat(QualityIssueRow.VALUE_MAX - 1), row.value());
        assertEquals(QualityIssueRow.FIX_VALUES_MAX, row.fixValues().length());
    }

    @Test
    void aTypeThisVersionDoesNotKnowReadsAsNone() {
        QualityIssueRow row = new QualityIssueRow("name", "SOMETHING_NEW", "is odd", "x", "TRANSMUTE", "name", "y", null);

        assertNull(row.toIssue().type());
        assertNull(row.toIssue().fix());
    }
}
