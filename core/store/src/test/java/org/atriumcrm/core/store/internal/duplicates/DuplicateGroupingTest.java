package org.atriumcrm.core.store.internal.duplicates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.atriumcrm.core.quality.MatchDecision;
import org.junit.jupiter.api.Test;

class DuplicateGroupingTest {

    private static DuplicateGrouping.Pair pair(String a, String b, double score, MatchDecision decision) {
        return new DuplicateGrouping.Pair(a, b, score, decision, "SAME_PHONE\t+78121234567\t1.0");
    }

    private static Set<String> clients(DuplicateGrouping.Group group) {
        return Set.copyOf(group.clientIds());
    }

    @Test
    void pairsSharingAClientMakeOneGroupWithTheBestPairsScore() {
        DuplicateGrouping grouping = new DuplicateGrouping(100);
        grouping.add(pair("a", "b", 0.95, MatchDecision.STRONG));
        grouping.add(pair("b", "c", 0.6, MatchDecision.POSSIBLE));
        grouping.add(pair("x", "y", 0.5, MatchDecision.POSSIBLE));

        List<DuplicateGrouping.Group> groups = grouping.groups();

        assertEquals(2, groups.size());
        assertEquals(Set.of("a", "b", "c"), clients(groups.get(0)), "a and c are linked through b");
        assertEquals(0.95, groups.get(0).score());
        assertEquals(MatchDecision.STRONG, groups.get(0).decision());
        assertEquals(2, groups.get(0).pairs().size());
        assertEquals(Set.of("x", "y"), clients(groups.get(1)));
        assertEquals(MatchDecision.POSSIBLE, groups.get(1).decision());
    }

    @Test
    void groupsJoinWhenALaterPairLinksThemAndComeBestFirst() {
        DuplicateGrouping grouping = new DuplicateGrouping(100);
        grouping.add(pair("a", "b", 0.5, MatchDecision.POSSIBLE));
        grouping.add(pair("c", "d", 0.6, MatchDecision.POSSIBLE));
        grouping.add(pair("e", "f", 0.99, MatchDecision.STRONG));
        grouping.add(pair("d", "a", 0.7, MatchDecision.POSSIBLE));

        List<DuplicateGrouping.Group> groups = grouping.groups();

        assertEquals(2, groups.size());
        assertEquals(Set.of("e", "f"), clients(groups.get(0)));
        assertEquals(Set.of("a", "b", "c", "d"), clients(groups.get(1)));
        assertEquals(0.7, groups.get(1).score());
        assertEquals(List.of(0.7, 0.6, 0.5), groups.get(1).pairs().stream().map(DuplicateGrouping.Pair::score).toList(),
                "pairs best first");
    }

    @Test
    void aPairKeepsItsLowerIdFirstAndTheGroupNamesEachClientOnce() {
        DuplicateGrouping grouping = new DuplicateGrouping(100);
        grouping.add(pair("b", "a", 0.9, MatchDecision.STRONG));
        grouping.add(pair("a", "c", 0.9, MatchDecision.STRONG));
        grouping.add(pair("b", "c", 0.9, MatchDecision.STRONG));

        DuplicateGrouping.Group group = grouping.groups().get(0);

        assertEquals("a", group.pairs().get(0).a());
        assertEquals("b", group.pairs().get(0).b());
        assertEquals(3, group.clientIds().size());
        assertEquals(3, group.clientIds().stream().collect(Collectors.toSet()).size());
    }

    @Test
    void aFullGroupingLeavesFurtherPairsOut() {
        DuplicateGrouping grouping = new DuplicateGrouping(2);
        assertTrue(grouping.add(pair("a", "b", 0.9, MatchDecision.STRONG)));
        assertTrue(grouping.add(pair("c", "d", 0.9, MatchDecision.STRONG)));
        assertFalse(grouping.add(pair("e", "f", 0.9, MatchDecision.STRONG)));

        assertEquals(2, grouping.pairCount());
        assertEquals(2, grouping.groups().size());
    }

    @Test
    void manyChainedPairsStayOneGroup() {
        DuplicateGrouping grouping = new DuplicateGrouping(10_000);
        for (int i = 0; i < 5_000; i++) {
            grouping.add(pair(String.format("c%05d", i), String.format("c%05d", i + 1), 0.5, MatchDecision.POSSIBLE));
        }
        List<DuplicateGrouping.Group> groups = grouping.groups();
        assertEquals(1, groups.size());
        assertEquals(5_001, groups.get(0).clientIds().size());
    }

    @Test
    void noPairsNoGroups() {
        assertTrue(new DuplicateGrouping(10).groups().isEmpty());
    }
}
