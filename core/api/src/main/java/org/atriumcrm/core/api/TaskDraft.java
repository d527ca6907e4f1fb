package org.atriumcrm.core.api;

import java.time.Instant;
import java.util.Map;

/** What a user submits to create or replace a task; the due time is required, missing priority is NORMAL, missing status OPEN. */
public record TaskDraft(
        String title,
        String description,
        String clientId,
        String opportunityId,
        String assigneeId,
        Instant dueAt,
        Instant remindAt,
        TaskPriority priority,
        TaskStatus status,
        Map<String, Object> customFields) {

    public TaskDraft {
        customFields = Lists.copyOrEmpty(customFields);
    }
}
