package org.atriumcrm.core.api;

import java.time.Instant;

/** What a user submits to log or correct an activity; a missing time means now. */
public record ActivityDraft(
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
        String authorId) {
}
