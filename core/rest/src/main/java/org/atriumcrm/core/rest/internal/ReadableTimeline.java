package org.atriumcrm.core.rest.internal;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.atriumcrm.core.api.ActivityService;
import org.atriumcrm.core.api.OpportunityService;
import org.atriumcrm.core.api.Page;
import org.atriumcrm.core.api.TaskService;
import org.atriumcrm.core.api.TimelineEntry;
import org.atriumcrm.core.api.TimelineService;
import org.atriumcrm.core.api.security.Access;
import org.atriumcrm.core.api.security.Caller;
import org.atriumcrm.core.api.security.RecordScope;
import org.atriumcrm.core.api.security.Sections;
import org.atriumcrm.core.spi.Section;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * A client's timeline as the caller may read it. Each entry belongs to a section: activities,
 * tasks and stage moves to theirs (and then the caller's scope there must admit the activity's
 * author, the task's assignee, the opportunity's owner), a module's entries to the module's section
 * of the same id, status changes to the client's. Entries of a section the caller cannot read, or
 * out of its scope there, are left out. The client itself is checked by the caller of this class.
 */
@Component(service = ReadableTimeline.class)
public class ReadableTimeline {

    private final TimelineService timeline;
    private final ActivityService activities;
    private final TaskService tasks;
    private final OpportunityService opportunities;
    private final Sections sections;

    @Activate
    public ReadableTimeline(@Reference TimelineService timeline, @Reference ActivityService activities,
                            @Reference TaskService tasks, @Reference OpportunityService opportunities,
                            @Reference Sections sections) {
        this.timeline = timeline;
        this.activities = activities;
        this.tasks = tasks;
        this.opportunities = opportunities;
        this.sections = sections;
    }

    /** @see TimelineService#timeline */
    public Page<TimelineEntry> timeline(String clientId, int limit, String after) {
        Optional<Caller> caller = Caller.current();
        if (caller.isEmpty() || caller.get().admin()) {
            return timeline.timeline(clientId, limit, after);
        }
        Readable readable = new Readable(caller.get(), sections.all().stream().map(Section::id).collect(Collectors.toSet()));
        return ReachedPages.collect(limit, after, (size, cursor) -> timeline.timeline(clientId, size, cursor), readable::shows);
    }

    /** What one caller may read of one timeline; owners looked up once per record. */
    private final class Readable {

        private final Caller caller;
        private final Set<String> sectionIds;
        private final Map<String, Boolean> reached = new HashMap<>();

        Readable(Caller caller, Set<String> sectionIds) {
            this.caller = caller;
            this.sectionIds = sectionIds;
        }

        boolean shows(TimelineEntry entry) {
            if (!TimelineEntry.CORE.equals(entry.source())) {
                return !sectionIds.contains(entry.source()) || caller.allows(entry.source(), Access.READ);
            }
            return switch (entry.kind()) {
                case TimelineEntry.ACTIVITY -> shows(Sections.ACTIVITIES, entry.recordId(),
                        id -> activities.get(id).map(activity -> activity.authorId()));
                case TimelineEntry.TASK -> shows(Sections.TASKS, entry.recordId(), id -> tasks.get(id).map(task -> task.assigneeId()));
                case TimelineEntry.STAGE_CHANGE -> shows(Sections.OPPORTUNITIES, entry.recordId(),
                        id -> opportunities.get(id).map(opportunity -> opportunity.ownerId()));
                default -> true;
            };
        }

        /** Whether the caller reads the section and, if its scope there is limited, reaches the record's owner. */
        private boolean shows(String section, String recordId, Function<String, Optional<String>> ownerOf) {
            if (!caller.allows(section, Access.READ)) {
                return false;
            }
            if (caller.scope(section) == RecordScope.ALL) {
                return true;
            }
            return reached.computeIfAbsent(section + ' ' + recordId,
                    key -> ownerOf.apply(recordId).map(owner -> caller.reaches(section, owner)).orElse(false));
        }
    }
}
