package org.atriumcrm.core.api;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

import org.osgi.annotation.versioning.ProviderType;

/** Tasks and reminders, a manager's day plan and the control of overdue assignments. */
@ProviderType
public interface TaskService {

    String RECORD_TYPE = "task";

    Task create(TaskDraft draft);

    Optional<Task> get(String id);

    Task update(String id, TaskDraft draft, OptionalLong expectedVersion);

    void delete(String id, OptionalLong expectedVersion);

    Page<Task> find(TaskQuery query);

    /** The assignee's open tasks due before the end of today in {@code zone}, overdue ones included, earliest first. */
    List<Task> myDay(String assigneeId, ZoneId zone, Instant now);

    /** The assignee's open tasks whose due time has passed, earliest first. */
    List<Task> overdue(String assigneeId, Instant now);
}
