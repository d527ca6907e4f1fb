package org.atriumcrm.core.store.internal.duplicates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.atriumcrm.core.api.ClientMatch;
import org.junit.jupiter.api.Test;

class DuplicateReasonsTest {

    @Test
    void reasonsComeBackAsTheyWentIn() {
        List<ClientMatch.Reason> reasons = List.of(new ClientMatch.Reason("SAME_INN", "7736050003", 1.0),
                new ClientMatch.Reason("SIMILAR_NAME", "alfa stroi", 0.93), new ClientMatch.Reason("DIFFERENT_NAME", null, 1.0));

        assertEquals(reasons, DuplicateReasons.decode(DuplicateReasons.encode(reasons)));
    }

    @Test
    void tabsAndLineBreaksInAValueDoNotBreakTheList() {
        List<ClientMatch.Reason> decoded = DuplicateReasons.decode(DuplicateReasons.encode(
                List.of(new ClientMatch.Reason("SAME_NAME", "alfa\tbeta\ngamma", 1.0), new ClientMatch.Reason("SAME_CITY", "spb", 1.0))));

        assertEquals(List.of(new ClientMatch.Reason("SAME_NAME", "alfa beta gamma", 1.0), new ClientMatch.Reason("SAME_CITY", "spb", 1.0)),
                decoded);
    }

    @Test
    void theWeakestReasonsAreLeftOutWhenTheColumnIsFull() {
        List<ClientMatch.Reason> many = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            many.add(new ClientMatch.Reason("SAME_EMAIL", "x".repeat(180) + i, 1.0));
        }
        String encoded = DuplicateReasons.encode(many);

        assertTrue(encoded.length() <= DuplicateReasons.MAX_LENGTH, () -> "length " + encoded.length());
        List<ClientMatch.Reason> decoded = DuplicateReasons.decode(encoded);
        assertEquals(many.subList(0, decoded.size()), decoded, "the strongest first ones are kept");
        assertTrue(decoded.size() >= 9);
    }
}
