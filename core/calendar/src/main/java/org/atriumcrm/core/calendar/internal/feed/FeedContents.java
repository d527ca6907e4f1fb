package org.atriumcrm.core.calendar.internal.feed;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

import org.atriumcrm.core.api.Activity;
import org.atriumcrm.core.api.ActivityQuery;
import org.atriumcrm.core.api.ActivityService;
import org.atriumcrm.core.api.ClientAccess;
import org.atriumcrm.core.api.Page;
import org.atriumcrm.core.api.Task;
import org.atriumcrm.core.api.TaskQuery;
import org.atriumcrm.core.api.TaskService;
import org.atriumcrm.core.api.security.Access;
import org.atriumcrm.core.api.security.Authentication;
import org.atriumcrm.core.api.security.Caller;
import org.atriumcrm.core.api.security.Sections;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * What a user's feed holds, read as that user would read it now: its open tasks and its meetings
 * (activities of type {@code meeting} it wrote), each only while the user's roles read the section
 * and reach the record and its client, without the fields they hide. A deactivated user has no feed.
 */
@Component(service = FeedContents.class)
public class FeedContents {

    static final String MEETING = "meeting";
    /** Of each kind at most this many: the open tasks due first, the newest meetings */
    static final int MAX_ENTRIES = 500;
    private static final int PAGE = 200;

    private final Authentication authentication;
    private final TaskService tasks;
    private final ActivityService activities;
    private final ClientAccess clients;

    @Activate
    public FeedContents(@Reference Authentication authentication, @Reference TaskService tasks, @Reference ActivityService activities,
            @Reference ClientAccess clients) {
        this.authentication = authentication;
        this.tasks = tasks;
        this.activities = activities;
        this.clients = clients;
    }

    /** The user's calendar; empty when the user is unknown or deactivated. */
    public Optional<String> calendarOf(String userId) {
        Optional<Caller> found = authentication.callerOf(userId);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Caller caller = found.get();
        try (Caller.Binding bound = Caller.bind(caller)) {
            Map<String, Boolean> reached = new HashMap<>();
            Predicate<String> reachesClient = clientId -> clientId == null || reached.computeIfAbsent(clientId, clients::reachable);
            List<Task> open = caller.allows(Sections.TASKS, Access.READ)
                    ? collect((size, after) -> tasks.find(new TaskQuery(userId, null, true, null, size, after)),
                            task -> caller.reaches(Sections.TASKS, task.assigneeId()) && reachesClient.test(task.clientId()))
                    : List.of();
            List<Activity> meetings = caller.allows(Sections.ACTIVITIES, Access.READ)
                    ? collect((size, after) -> activities.find(new ActivityQuery(null, null, MEETING, userId, size, after)),
                            meeting -> caller.reaches(Sections.ACTIVITIES, meeting.authorId()) && reachesClient.test(meeting.clientId()))
                    : List.of();
            String name = "Atrium: " + (caller.displayName() == null ? caller.username() : caller.displayName());
            return Optional.of(FeedCalendar.write(name, open, meetings, caller.hiddenFields(Sections.TASKS),
                    caller.hiddenFields(Sections.ACTIVITIES)));
        }
    }

    /** A page reader: the service's page of a size after a cursor. */
    private interface Pages<T> {
        Page<T> read(int size, String after);
    }

    private static <T> List<T> collect(Pages<T> pages, Predicate<T> shown) {
        List<T> found = new ArrayList<>();
        String after = null;
        int read = 0;
        do {
            Page<T> page = pages.read(PAGE, after);
            page.items().stream().filter(shown).limit(MAX_ENTRIES - found.size()).forEach(found::add);
            read += page.items().size();
            after = page.next();
        } while (after != null && found.size() < MAX_ENTRIES && read < 4 * MAX_ENTRIES);
        return found;
    }
}
