package org.atriumcrm.core.api;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import org.atriumcrm.core.spi.NextAction;
import org.osgi.annotation.versioning.ProviderType;

/**
 * The current caller's "what to do now": the items of every
 * {@link org.atriumcrm.core.spi.NextActionSource}, in one order — overdue tasks, today's tasks and
 * meetings, birthdays, stuck deals, unanswered web leads, then the modules' items — each kind by time,
 * without what the caller snoozed until later or marked done, and only items of clients the caller
 * reaches, of sections it reads.
 *
 * @since 1.7
 */
@ProviderType
public interface NextActions {

    /** The longest a snooze may last. */
    int MAX_SNOOZE_DAYS = 366;

    /**
     * @param zone where the caller's "today" is
     * @param limit at most this many items, 1..{@value Page#MAX_LIMIT}
     * @throws ValidationException naming {@code limit}
     */
    List<NextAction> list(ZoneId zone, Instant now, int limit);

    /**
     * Marks one of the caller's items done: its source completes it (a task, a lead) or, when it has
     * nothing to complete, the caller does not see it again.
     *
     * @param key the item's {@link NextAction#key()}
     * @throws RecordNotFoundException when the caller has no such item now (snoozed ones count)
     */
    void done(String key, ZoneId zone, Instant now);

    /**
     * Hides one of the caller's items until a time; a later snooze of the same item replaces it.
     *
     * @throws RecordNotFoundException when the caller has no such item now (snoozed ones count)
     * @throws ValidationException naming {@code until} when it is not in the future or more than
     *                             {@value #MAX_SNOOZE_DAYS} days ahead
     */
    void snooze(String key, Instant until, ZoneId zone, Instant now);
}
