package org.atriumcrm.fitness.internal;

/**
 * What the access-control system sends when a card is presented.
 *
 * @param requestId the reader's own id of this attempt: a retry with the same id gets the first
 *                  answer and counts no second visit; without it every call is a new attempt
 */
public record CheckinRequest(String card, String requestId) {
}
