package org.atriumcrm.core.api;

import java.time.Instant;
import java.util.Map;

/**
 * Something a manager has to do, by a time, possibly about a client or an opportunity.
 *
 * @param remindAt when to remind the assignee, {@code null} for no reminder
 */
public record Task(
        String id,
        String title,
        String description,
        String clientId,
        String opportunityId,
        String assigneeId,
        Instant dueAt,
        Instant remindAt,
        TaskPriority priority,
        TaskStatus status,
        Instant completedAt,
        Instant createdAt,
        Instant updatedAt,
        long version,
        Map<String, Object> customFields) {

    public Task {
        customFields = Lists.copyOrEmpty(customFields);
    }
}
