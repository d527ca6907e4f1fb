package org.atriumcrm.core.calendar.internal.feed;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Set;

import org.atriumcrm.core.api.Activity;
import org.atriumcrm.core.api.Task;
import org.atriumcrm.core.api.TaskPriority;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import biweekly.component.VTodo;
import biweekly.property.Status;

/**
 * The iCalendar of a feed, written by biweekly: each task a {@code VTODO} due at its due time, each
 * meeting a {@code VEVENT} from its time for its duration (an hour when it has none). Fields the
 * user's role hides are left out; a hidden title or subject reads as the record's kind.
 */
public final class FeedCalendar {

    static final Duration DEFAULT_MEETING = Duration.ofHours(1);
    private static final String UID_DOMAIN = "@atrium";

    private FeedCalendar() {
    }

    /**
     * @param hiddenTaskFields     fields of the {@code tasks} section the user does not see
     * @param hiddenActivityFields fields of the {@code activities} section the user does not see
     */
    public static String write(String name, List<Task> tasks, List<Activity> meetings, Set<String> hiddenTaskFields,
            Set<String> hiddenActivityFields) {
        ICalendar calendar = new ICalendar();
        calendar.setProductId("-//Atrium CRM//Calendar feed//EN");
        calendar.addExperimentalProperty("X-WR-CALNAME", name);
        for (Task task : tasks) {
            VTodo todo = new VTodo();
            todo.setUid("task-" + task.id() + UID_DOMAIN);
            todo.setDateTimeStamp(Date.from(stamp(task.updatedAt())));
            todo.setSummary(hiddenTaskFields.contains("title") ? "Task" : task.title());
            if (task.description() != null && !task.description().isBlank() && !hiddenTaskFields.contains("description")) {
                todo.setDescription(task.description());
            }
            if (task.dueAt() != null && !hiddenTaskFields.contains("dueAt")) {
                todo.setDateDue(Date.from(task.dueAt()));
            }
            if (task.priority() != null && !hiddenTaskFields.contains("priority")) {
                todo.setPriority(priority(task.priority()));
            }
            todo.setStatus(task.status() != null && task.status().name().equals("IN_PROGRESS") ? Status.inProgress() : Status.needsAction());
            calendar.addTodo(todo);
        }
        for (Activity meeting : meetings) {
            VEvent event = new VEvent();
            event.setUid("meeting-" + meeting.id() + UID_DOMAIN);
            event.setDateTimeStamp(Date.from(stamp(meeting.updatedAt())));
            event.setSummary(meeting.subject() == null || meeting.subject().isBlank() || hiddenActivityFields.contains("subject")
                    ? "Meeting" : meeting.subject());
            if (meeting.objective() != null && !meeting.objective().isBlank() && !hiddenActivityFields.contains("objective")) {
                event.setDescription(meeting.objective());
            }
            Duration length = meeting.durationSeconds() != null && meeting.durationSeconds() > 0
                    && !hiddenActivityFields.contains("durationSeconds") ? Duration.ofSeconds(meeting.durationSeconds()) : DEFAULT_MEETING;
            event.setDateStart(Date.from(meeting.occurredAt()));
            event.setDateEnd(Date.from(meeting.occurredAt().plus(length)));
            calendar.addEvent(event);
        }
        return Biweekly.write(calendar).go();
    }

    private static Instant stamp(Instant updatedAt) {
        return updatedAt == null ? Instant.now() : updatedAt;
    }

    /** iCalendar's 1 (highest) to 9 (lowest). */
    private static int priority(TaskPriority priority) {
        return switch (priority) {
            case URGENT -> 1;
            case HIGH -> 3;
            case NORMAL -> 5;
            case LOW -> 9;
        };
    }
}
