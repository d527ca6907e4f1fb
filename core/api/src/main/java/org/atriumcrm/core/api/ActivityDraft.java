package org.atriumcrm.core.api;

import java.time.Instant;
import java.util.Map;

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
        String authorId,
        Map<String, Object> customFields) {

    public ActivityDraft {
        customFields = Lists.copyOrEmpty(customFields);
    }
}
