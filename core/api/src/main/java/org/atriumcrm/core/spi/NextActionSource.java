package org.atriumcrm.core.spi;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * Contributes to a user's "what to do now" list (members declining, memberships expiring …). Core asks
 * every registered source, in the thread of the user's request (so {@code Caller.current()} is that
 * user), merges their items in its order, drops what the user snoozed or marked done, and shows each
 * item only to a user who reaches its client and reads its source's section. A source's items go
 * with the source when its module is removed.
 *
 * @since 1.7
 */
@ConsumerType
public interface NextActionSource {

    /**
     * The user's items now: only what is the user's to do (the user's clients, deals, tasks), at most
     * {@code limit}, the most pressing first.
     *
     * @param zone where the user's "today" is
     */
    List<NextAction> nextActions(String userId, Instant now, ZoneId zone, int limit);

    /**
     * Marks the item done in the source's own records (a task completed, a lead answered), as the
     * current caller. A source whose items have nothing to complete (a birthday) answers {@code false};
     * core then keeps the item dismissed for this user.
     *
     * @param item one of this source's items, as {@link #nextActions} answered it for the caller
     * @return whether the source completed it
     */
    default boolean complete(NextAction item) {
        return false;
    }
}
