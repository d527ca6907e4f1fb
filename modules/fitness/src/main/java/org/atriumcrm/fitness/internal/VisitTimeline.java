package org.atriumcrm.fitness.internal;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.atriumcrm.core.api.TimelineEntry;
import org.atriumcrm.core.spi.TimelineSource;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Puts a client's club visits (allowed check-ins) on the client's timeline. */
@Component(service = TimelineSource.class)
public class VisitTimeline implements TimelineSource {

    static final String KIND = ModuleDescriptor.ID + ".visit";

    private final CheckinDesk desk;

    @Activate
    public VisitTimeline(@Reference CheckinDesk desk) {
        this.desk = desk;
    }

    @Override
    public List<TimelineEntry> entries(String clientId, Instant before, String beforeId, int limit) {
        return desk.visits(clientId, before, beforeId, limit).stream()
                .map(visit -> new TimelineEntry(visit.id(), clientId, KIND, visit.at(), "Club visit", summary(visit),
                        visit.membershipId(), ModuleDescriptor.ID, KIND, arguments(visit)))
                .toList();
    }

    /** What the title and summary name, for their translations in {@link FitnessTexts}. */
    private static Map<String, Object> arguments(Checkin visit) {
        Map<String, Object> arguments = new LinkedHashMap<>();
        arguments.put("card", visit.card());
        arguments.put("limited", visit.visitsLeft() == null ? "no" : "yes");
        if (visit.visitsLeft() != null) {
            arguments.put("visitsLeft", visit.visitsLeft());
        }
        return arguments;
    }

    private static String summary(Checkin visit) {
        return visit.visitsLeft() == null ? "Card " + visit.card()
                : "Card " + visit.card() + ", " + visit.visitsLeft() + " visits left";
    }
}
