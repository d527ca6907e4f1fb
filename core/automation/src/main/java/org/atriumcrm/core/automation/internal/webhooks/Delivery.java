package org.atriumcrm.core.automation.internal.webhooks;

import java.time.Instant;
import java.util.List;

/** A delivery as the log shows it: the event it carries and each attempt, oldest first. */
public record Delivery(String id, String webhookId, String event, String recordType, String recordId, Instant occurredAt,
        DeliveryStatus status, List<DeliveryAttempt> attempts, Instant nextAttemptAt, Instant finishedAt) {
}
