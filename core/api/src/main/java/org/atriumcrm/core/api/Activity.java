package org.atriumcrm.core.api;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A contact with a client that happened: a call, a meeting, a complaint …
 *
 * @param type            an {@link ActivityType} id
 * @param direction       {@code null} where it has none (a note)
 * @param objective       what the contact was for
 * @param result          what came of it
 * @param durationSeconds how long it took, {@code null} if not told
 */
public record Activity(
        String id,
        String clientId,
        String contactId,
        String opportunityId,
        String type,
        ActivityDirection direction,
        String subject,
        String objective,
        String result,
        Instant occurredAt,
        Integer durationSeconds,
        String authorId,
        List<Attachment> attachments,
        Instant createdAt,
        Instant updatedAt,
        long version,
        Map<String, Object> customFields) {

    public Activity {
        attachments = Lists.copyOrEmpty(attachments);
        customFields = Lists.copyOrEmpty(customFields);
    }
}
