package org.atriumcrm.core.store.internal.tasks;

import java.time.LocalDateTime;
import java.util.Map;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.Table;

import org.atriumcrm.core.api.Task;
import org.atriumcrm.core.api.TaskDraft;
import org.atriumcrm.core.api.TaskPriority;
import org.atriumcrm.core.api.TaskStatus;
import org.atriumcrm.core.store.internal.support.Times;
import org.atriumcrm.core.store.internal.support.TrackedEntity;

/**
 * Storage form of a {@link Task}; {@code is_open} (1 or 0) mirrors the status so that overdue lists
 * use an index. A number, not a BOOLEAN: EclipseLink binds booleans as integers on Derby.
 */
@Entity
@Table(name = "atr_task")
public class TaskEntity extends TrackedEntity {

    @Column(name = "title", nullable = false, length = 200)
    private String title;

    @Column(name = "description", length = 4000)
    private String description;

    @Column(name = "client_id", length = 36)
    private String clientId;

    @Column(name = "opportunity_id", length = 36)
    private String opportunityId;

    @Column(name = "assignee_id", length = 64)
    private String assigneeId;

    @Column(name = "due_at")
    private LocalDateTime dueAt;

    @Column(name = "remind_at")
    private LocalDateTime remindAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "priority", nullable = false, length = 10)
    private TaskPriority priority;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 12)
    private TaskStatus status;

    @Column(name = "is_open", nullable = false)
    private int open;

    @Column(name = "reminded_at")
    private LocalDateTime remindedAt;

    @Column(name = "completed_at")
    private LocalDateTime completedAt;

    protected TaskEntity() {
        // for JPA
    }

    TaskEntity(String id, LocalDateTime now) {
        super(id, now);
    }

    String clientId() {
        return clientId;
    }

    public String title() {
        return title;
    }

    String assigneeId() {
        return assigneeId;
    }

    public LocalDateTime dueAt() {
        return dueAt;
    }

    public TaskStatus status() {
        return status;
    }

    /** Takes a validated draft; finishing the task stamps when. */
    void apply(TaskDraft task, LocalDateTime now) {
        title = task.title();
        description = task.description();
        clientId = task.clientId();
        opportunityId = task.opportunityId();
        assigneeId = task.assigneeId();
        dueAt = Times.utc(task.dueAt());
        LocalDateTime reminder = Times.utc(task.remindAt());
        if (reminder == null || !reminder.equals(remindAt)) {
            remindedAt = null; // a new reminder time goes out again
        }
        remindAt = reminder;
        priority = task.priority();
        boolean wasOpen = status == null || status.isOpen();
        status = task.status();
        open = openFlag(status.isOpen());
        if (status.isOpen()) {
            completedAt = null;
        } else if (wasOpen) {
            completedAt = now;
        }
        touch(now);
    }

    static int openFlag(boolean open) {
        return open ? 1 : 0;
    }

    Task toTask(Map<String, Object> customFields) {
        return new Task(id(), title, description, clientId, opportunityId, assigneeId, Times.instant(dueAt),
                Times.instant(remindAt), priority, status, Times.instant(completedAt), Times.instant(createdAt()),
                Times.instant(updatedAt()), version(), customFields);
    }
}
