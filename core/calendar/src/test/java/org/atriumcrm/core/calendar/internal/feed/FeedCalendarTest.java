package org.atriumcrm.core.calendar.internal.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.atriumcrm.core.api.Activity;
import org.atriumcrm.core.api.ActivityDirection;
import org.atriumcrm.core.api.Task;
import org.atriumcrm.core.api.TaskPriority;
import org.atriumcrm.core.api.TaskStatus;
import org.junit.jupiter.api.Test;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import biweekly.component.VTodo;

class FeedCalendarTest {

    private static final Instant DUE = Instant.parse("2026-12-03T09:30:00Z");
    private static final Instant MEETS = Instant.parse("2026-12-04T14:00:00Z");

    private static Task task(String description) {
        return new Task("t1", "Call Omega; ask about \"boxes\", twice", description, "c1", null, "u1", DUE, null, TaskPriority.HIGH,
                TaskStatus.OPEN, null, DUE, DUE, 1, Map.of());
    }

    private static Activity meeting(Integer seconds) {
        return new Activity("a1", "c1", null, null, "meeting", ActivityDirection.OUTBOUND, "Visit, Omega\nplant", "Sign the order",
                null, MEETS, seconds, "u1", List.of(), MEETS, MEETS, 1, Map.of());
    }

    @Test
    void tasksAreTodosAndMeetingsEventsThatParseBack() {
        String text = FeedCalendar.write("Atrium: Peter", List.of(task("Boxes; 3")), List.of(meeting(1800)), Set.of(), Set.of());
        ICalendar calendar = Biweekly.parse(text).first();

        VTodo todo = calendar.getTodos().get(0);
        assertEquals("task-t1@atrium", todo.getUid().getValue());
        assertEquals("Call Omega; ask about \"boxes\", twice", todo.getSummary().getValue());
        assertEquals("Boxes; 3", todo.getDescription().getValue());
        assertEquals(DUE, todo.getDateDue().getValue().toInstant());
        assertEquals(3, todo.getPriority().getValue());
        VEvent event = calendar.getEvents().get(0);
        assertEquals("meeting-a1@atrium", event.getUid().getValue());
        assertEquals("Visit, Omega\nplant", event.getSummary().getValue());
        assertEquals(MEETS, event.getDateStart().getValue().toInstant());
        assertEquals(MEETS.plusSeconds(1800), event.getDateEnd().getValue().toInstant());
        assertEquals("Atrium: Peter", calendar.getExperimentalProperty("X-WR-CALNAME").getValue());
    }

    @Test
    void aMeetingWithoutDurationTakesAnHourAndHiddenFieldsAreLeftOut() {
        String text = FeedCalendar.write("Atrium", List.of(task("secret plan")), List.of(meeting(null)), Set.of("description", "title"),
                Set.of("subject", "objective"));
        ICalendar calendar = Biweekly.parse(text).first();
        VTodo todo = calendar.getTodos().get(0);
        assertEquals("Task", todo.getSummary().getValue());
        assertNull(todo.getDescription());
        VEvent event = calendar.getEvents().get(0);
        assertEquals("Meeting", event.getSummary().getValue());
        assertNull(event.getDescription());
        assertEquals(MEETS.plus(FeedCalendar.DEFAULT_MEETING), event.getDateEnd().getValue().toInstant());
    }
}
