package org.atriumcrm.core.mail.internal.delivery;

import java.time.Instant;

/** One message to one client through one channel, as the delivery log keeps it. */
public record Delivery(String id, String clientId, String channel, String address, String subject, String language,
        DeliveryStatus status, String reason, String messageId, Instant queuedAt, Instant updatedAt) {
}
