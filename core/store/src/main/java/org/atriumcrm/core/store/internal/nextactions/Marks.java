package org.atriumcrm.core.store.internal.nextactions;

import java.time.Instant;
import java.util.Map;

import org.atriumcrm.core.spi.NextAction;

/**
 * One user's done and snoozed items by key. A done item stays hidden; a snoozed one until its time,
 * and is back from that instant on.
 */
record Marks(Map<String, Mark> byKey) {

    /** {@code hiddenUntil} is {@code null} for an item marked done. */
    record Mark(boolean done, Instant hiddenUntil) {
    }

    Marks {
        byKey = Map.copyOf(byKey);
    }

    boolean hides(NextAction item, Instant now) {
        Mark mark = byKey.get(item.key());
        return mark != null && (mark.done() || mark.hiddenUntil().isAfter(now));
    }

    int size() {
        return byKey.size();
    }
}
