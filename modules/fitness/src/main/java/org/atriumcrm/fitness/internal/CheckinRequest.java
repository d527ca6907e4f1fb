package org.atriumcrm.fitness.internal;

import java.time.Instant;

/**
 * What the access-control system sends when a card is presented.
 *
 * @param requestId the reader's own id of this attempt: a retry with the same id gets the first
 *                  answer and counts no second visit; without it every call is a new attempt
 * @param at        when the card was presented, for attempts a reader buffered while it was offline;
 *                  now when absent. Never in the future, and at most the configured days back. The
 *                  decision is taken for that moment (a membership valid then admits).
 */
public record CheckinRequest(String card, String requestId, Instant at) {
}
