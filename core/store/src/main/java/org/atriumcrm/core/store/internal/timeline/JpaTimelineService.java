package org.atriumcrm.core.store.internal.timeline;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.atriumcrm.core.api.ClientService;
import org.atriumcrm.core.api.Page;
import org.atriumcrm.core.api.RecordNotFoundException;
import org.atriumcrm.core.api.TimelineEntry;
import org.atriumcrm.core.api.TimelineService;
import org.atriumcrm.core.spi.TimelineSource;
import org.atriumcrm.core.store.internal.support.Cursor;
import org.atriumcrm.core.store.internal.support.Queries;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Merges every {@link TimelineSource} — core's and the installed modules' — into one history,
 * newest first. Each source gives at most one page past the cursor, so a page costs one indexed
 * query per source however long the history is. A failing source is left out, not fatal.
 */
@Component(service = TimelineService.class)
public class JpaTimelineService implements TimelineService {

    private static final Logger LOG = LoggerFactory.getLogger(JpaTimelineService.class);
    private static final String ORDER = "timeline";
    static final Comparator<TimelineEntry> NEWEST_FIRST =
            Comparator.comparing(TimelineEntry::at).thenComparing(TimelineEntry::id).reversed();

    private final ClientService clients;
    private final List<TimelineSource> sources = new CopyOnWriteArrayList<>();

    @Activate
    public JpaTimelineService(@Reference ClientService clients) {
        this.clients = clients;
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addSource(TimelineSource source) {
        sources.add(source);
    }

    void removeSource(TimelineSource source) {
        sources.remove(source);
    }

    @Override
    public Page<TimelineEntry> timeline(String clientId, int limit, String after) {
        Queries.checkLimit(limit);
        Cursor cursor = Cursor.decode(after, ORDER);
        if (clients.get(clientId).isEmpty()) {
            throw new RecordNotFoundException(ClientService.RECORD_TYPE, clientId);
        }
        Instant before = cursor == null ? null : cursor.time().toInstant(ZoneOffset.UTC);
        String beforeId = cursor == null ? null : cursor.id();
        List<TimelineEntry> merged = new ArrayList<>();
        for (TimelineSource source : sources) {
            try {
                merged.addAll(source.entries(clientId, before, beforeId, limit + 1));
            } catch (RuntimeException e) {
                LOG.warn("Timeline source {} failed for client {}; its entries are left out", source, clientId, e);
            }
        }
        merged.sort(NEWEST_FIRST);
        return Queries.page(merged, limit, entry -> entry,
                last -> Cursor.at(ORDER, LocalDateTime.ofInstant(last.at(), ZoneOffset.UTC), last.id()));
    }
}
