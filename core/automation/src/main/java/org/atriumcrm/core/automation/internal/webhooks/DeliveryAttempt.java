package org.atriumcrm.core.automation.internal.webhooks;

import java.time.Instant;

/**
 * One try at a delivery, as the delivery log shows it.
 *
 * @param statusCode the receiver's HTTP status, or null when none came (no connection, a timeout)
 * @param error      why it counts as failed, or null when the receiver answered 2xx
 */
public record DeliveryAttempt(int attempt, Instant at, Integer statusCode, long durationMs, String error) {
}
