package org.atriumcrm.core.store.internal.nextactions;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;

import org.atriumcrm.core.spi.NextAction;

/**
 * The order of the list: overdue tasks, today's tasks and meetings (together, by time), birthdays,
 * stuck deals, unanswered web leads, then every module's kinds; within a group by time (the oldest
 * overdue first, the earliest meeting first), then by key so the order never flickers.
 */
final class NextActionOrder {

    private static final List<List<String>> GROUPS = List.of(
            List.of(NextAction.OVERDUE_TASK),
            List.of(NextAction.TODAY_TASK, NextAction.TODAY_MEETING),
            List.of(NextAction.BIRTHDAY),
            List.of(NextAction.STUCK_DEAL),
            List.of(NextAction.WEB_LEAD));

    static final Comparator<NextAction> ORDER = Comparator.comparingInt((NextAction item) -> group(item))
            .thenComparing(NextAction::at, Comparator.nullsLast(Comparator.<Instant>naturalOrder()))
            .thenComparing(NextAction::key);

    private NextActionOrder() {
    }

    /** Core's groups by their place, every other kind after them. */
    static int group(NextAction item) {
        if (NextAction.CORE.equals(item.source())) {
            for (int group = 0; group < GROUPS.size(); group++) {
                if (GROUPS.get(group).contains(item.kind())) {
                    return group;
                }
            }
        }
        return GROUPS.size();
    }
}
