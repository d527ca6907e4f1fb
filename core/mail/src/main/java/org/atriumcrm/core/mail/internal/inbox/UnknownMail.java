package org.atriumcrm.core.mail.internal.inbox;

import java.time.Instant;

/**
 * A message whose sender and recipients are no client's, as the manager's list shows it.
 *
 * @param status   {@code OPEN}, or how it was filed: {@code ATTACHED} to a client, {@code LEAD} made into one
 * @param clientId the client it was filed on, once filed
 */
public record UnknownMail(
        String id,
        String sender,
        String senderName,
        String subject,
        String excerpt,
        Instant sentAt,
        String status,
        String clientId,
        String resolvedBy,
        Instant resolvedAt,
        long version) {

    public static final String OPEN = "OPEN";
    public static final String ATTACHED = "ATTACHED";
    public static final String LEAD = "LEAD";
}
