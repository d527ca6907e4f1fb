package org.atriumcrm.core.store.internal.nextactions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.atriumcrm.core.spi.NextAction;
import org.junit.jupiter.api.Test;

class NextActionOrderTest {

    private static final Instant NOON = Instant.parse("2026-12-02T12:00:00Z");

    @Test
    void kindsComeInTheListsOrderAndModulesLast() {
        List<NextAction> items = new ArrayList<>(List.of(
                item("fitness", "fitness.expiring", "m1", NOON.minusSeconds(99_999)),
                item(NextAction.CORE, NextAction.WEB_LEAD, "l1", NOON.minusSeconds(50_000)),
                item(NextAction.CORE, NextAction.STUCK_DEAL, "d1", NOON.minusSeconds(900_000)),
                item(NextAction.CORE, NextAction.BIRTHDAY, "b1", NOON),
                item(NextAction.CORE, NextAction.TODAY_MEETING, "mt", NOON.plusSeconds(3600)),
                item(NextAction.CORE, NextAction.TODAY_TASK, "t2", NOON.plusSeconds(7200)),
                item(NextAction.CORE, NextAction.TODAY_TASK, "t1", NOON.plusSeconds(60)),
                item(NextAction.CORE, NextAction.OVERDUE_TASK, "o2", NOON.minusSeconds(60)),
                item(NextAction.CORE, NextAction.OVERDUE_TASK, "o1", NOON.minusSeconds(86_400))));
        items.sort(NextActionOrder.ORDER);
        assertEquals(List.of("o1", "o2", "t1", "mt", "t2", "b1", "d1", "l1", "m1"), items.stream().map(NextAction::id).toList());
    }

    @Test
    void aModuleCannotJumpTheQueueByNamingACoreKind() {
        NextAction posing = item("fitness", NextAction.OVERDUE_TASK, "x", NOON.minusSeconds(999_999));
        NextAction lead = item(NextAction.CORE, NextAction.WEB_LEAD, "l", NOON);
        assertTrue(NextActionOrder.ORDER.compare(lead, posing) < 0);
    }

    @Test
    void equalTimesAreOrderedByKeySoTheListIsStable() {
        NextAction a = item(NextAction.CORE, NextAction.BIRTHDAY, "a", NOON);
        NextAction b = item(NextAction.CORE, NextAction.BIRTHDAY, "b", NOON);
        assertTrue(NextActionOrder.ORDER.compare(a, b) < 0);
        assertTrue(NextActionOrder.ORDER.compare(b, a) > 0);
    }

    @Test
    void aSnoozedItemIsHiddenUntilItsTimeAndADoneOneForGood() {
        NextAction snoozed = item(NextAction.CORE, NextAction.TODAY_TASK, "s", NOON);
        NextAction done = item(NextAction.CORE, NextAction.BIRTHDAY, "d", NOON);
        NextAction other = item(NextAction.CORE, NextAction.BIRTHDAY, "o", NOON);
        Instant until = NOON.plusSeconds(3600);
        Marks marks = new Marks(Map.of(snoozed.key(), new Marks.Mark(false, until), done.key(), new Marks.Mark(true, null)));
        assertTrue(marks.hides(snoozed, NOON));
        assertTrue(marks.hides(snoozed, until.minusMillis(1)));
        assertFalse(marks.hides(snoozed, until), "back at the time it was snoozed until");
        assertTrue(marks.hides(done, NOON.plusSeconds(999_999_999)));
        assertFalse(marks.hides(other, NOON));
    }

    @Test
    void keysOfTwoSourcesNeverMeet() {
        assertFalse(item("fitness", "fitness.expiring", "task:1", NOON).key()
                .equals(item(NextAction.CORE, NextAction.TODAY_TASK, "task:1", NOON).key()));
    }

    private static NextAction item(String source, String kind, String id, Instant at) {
        return new NextAction(source, id, kind, "title " + id, "task", id, at, null, null, Map.of());
    }
}
