package ${package}.internal;

import java.time.Instant;
import java.util.List;

import org.atriumcrm.core.api.TimelineEntry;
import org.atriumcrm.core.spi.TimelineSource;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Puts a client's items on the client's timeline, merged by core with calls, tasks and other modules' entries. */
@Component(service = TimelineSource.class)
public class ItemTimeline implements TimelineSource {

    static final String KIND = ModuleDescriptor.ID + ".item";

    private final ItemStore items;

    @Activate
    public ItemTimeline(@Reference ItemStore items) {
        this.items = items;
    }

    @Override
    public List<TimelineEntry> entries(String clientId, Instant before, String beforeId, int limit) {
        return items.ofClient(clientId, before, beforeId, limit).stream()
                .map(item -> new TimelineEntry(item.id(), clientId, KIND, item.createdAt(), item.title(), item.note(),
                        item.id(), ModuleDescriptor.ID))
                .toList();
    }
}
