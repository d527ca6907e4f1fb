package org.atriumcrm.core.store.internal.nextactions;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

import org.atriumcrm.core.api.Activity;
import org.atriumcrm.core.api.ActivityQuery;
import org.atriumcrm.core.api.ActivityService;
import org.atriumcrm.core.api.Page;
import org.atriumcrm.core.api.Task;
import org.atriumcrm.core.api.TaskDraft;
import org.atriumcrm.core.api.TaskService;
import org.atriumcrm.core.api.TaskStatus;
import org.atriumcrm.core.api.security.Access;
import org.atriumcrm.core.api.security.AccessDeniedException;
import org.atriumcrm.core.api.security.Caller;
import org.atriumcrm.core.api.security.FieldPaths;
import org.atriumcrm.core.api.security.Sections;
import org.atriumcrm.core.spi.NextAction;
import org.atriumcrm.core.spi.NextActionSource;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Core's tasks and meetings in the list: the user's open tasks overdue and due later today, and the
 * meetings (activities of type {@code meeting}) the user wrote for today. Done completes a task (for a
 * caller who may write tasks; 403 otherwise); a meeting has nothing to complete. A title the caller's roles hide is left empty.
 */
@Component(service = NextActionSource.class)
public class TaskNextActions implements NextActionSource {

    static final String MEETING = "meeting";
    /** Pages of meetings looked at, newest first, before giving up on reaching today (a full calendar ahead). */
    private static final int MEETING_PAGES = 3;
    private static final int MEETING_PAGE = 100;

    private final TaskService tasks;
    private final ActivityService activities;

    @Activate
    public TaskNextActions(@Reference TaskService tasks, @Reference ActivityService activities) {
        this.tasks = tasks;
        this.activities = activities;
    }

    @Override
    public List<NextAction> nextActions(String userId, Instant now, ZoneId zone, int limit) {
        boolean titleHidden = Caller.current().map(caller -> FieldPaths.hides(caller.hiddenFields(Sections.TASKS), "title"))
                .orElse(false);
        List<NextAction> items = new ArrayList<>();
        for (Task task : tasks.myDay(userId, zone, now)) {
            if (task.dueAt() == null || items.size() >= limit) {
                continue;
            }
            String kind = task.dueAt().isBefore(now) ? NextAction.OVERDUE_TASK : NextAction.TODAY_TASK;
            items.add(new NextAction(NextAction.CORE, "task:" + task.id(), kind, titleHidden ? "" : task.title(),
                    TaskService.RECORD_TYPE, task.id(), task.dueAt(), task.clientId(), null, Map.of()));
        }
        items.addAll(meetingsToday(userId, now, zone, limit));
        return items;
    }

    private List<NextAction> meetingsToday(String userId, Instant now, ZoneId zone, int limit) {
        boolean subjectHidden = Caller.current().map(caller -> FieldPaths.hides(caller.hiddenFields(Sections.ACTIVITIES), "subject"))
                .orElse(false);
        LocalDate today = LocalDate.ofInstant(now, zone);
        Instant start = today.atStartOfDay(zone).toInstant();
        Instant end = today.plusDays(1).atStartOfDay(zone).toInstant();
        List<NextAction> items = new ArrayList<>();
        String after = null;
        for (int page = 0; page < MEETING_PAGES; page++) {
            Page<Activity> found = activities.find(new ActivityQuery(null, null, MEETING, userId, MEETING_PAGE, after));
            for (Activity meeting : found.items()) {
                Instant at = meeting.occurredAt();
                if (at == null || !at.isBefore(end)) {
                    continue;
                }
                if (at.isBefore(start) || items.size() >= limit) {
                    return items;
                }
                items.add(new NextAction(NextAction.CORE, "meeting:" + meeting.id(), NextAction.TODAY_MEETING,
                        subjectHidden || meeting.subject() == null ? "" : meeting.subject(), ActivityService.RECORD_TYPE, meeting.id(), at,
                        meeting.clientId(), null, Map.of()));
            }
            after = found.next();
            if (after == null) {
                break;
            }
        }
        return items;
    }

    @Override
    public boolean complete(NextAction item) {
        if (!TaskService.RECORD_TYPE.equals(item.recordType())) {
            return false;
        }
        if (Caller.current().filter(caller -> !caller.allows(Sections.TASKS, Access.WRITE)).isPresent()) {
            throw new AccessDeniedException("Completing a task needs write access to tasks");
        }
        tasks.get(item.recordId()).filter(task -> task.status().isOpen()).ifPresent(task -> tasks.update(task.id(),
                new TaskDraft(task.title(), task.description(), task.clientId(), task.opportunityId(), task.assigneeId(),
                        task.dueAt(), task.remindAt(), task.priority(), TaskStatus.DONE, task.customFields()),
                OptionalLong.of(task.version())));
        return true;
    }
}
