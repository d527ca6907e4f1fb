package org.atriumcrm.core.mail.internal.delivery;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.atriumcrm.core.api.TimelineEntry;
import org.atriumcrm.core.spi.TimelineSource;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Puts every message sent to a client (queued, sent, or failed with the reason) on the client's timeline. */
@Component(service = TimelineSource.class)
public class DeliveryTimeline implements TimelineSource {

    /** The timeline kind of a delivery; {@code recordId} is the delivery's id. */
    public static final String KIND = "message";

    private final DeliveryLog log;

    @Activate
    public DeliveryTimeline(@Reference DeliveryLog log) {
        this.log = log;
    }

    @Override
    public List<TimelineEntry> entries(String clientId, Instant before, String beforeId, int limit) {
        return log.ofClient(clientId, before, beforeId, limit).stream().map(DeliveryTimeline::entry).toList();
    }

    private static TimelineEntry entry(Delivery delivery) {
        Map<String, Object> arguments = new LinkedHashMap<>();
        arguments.put("channel", delivery.channel());
        arguments.put("status", delivery.status().name());
        arguments.put("address", delivery.address());
        if (delivery.reason() != null) {
            arguments.put("reason", delivery.reason());
        }
        String summary = delivery.status().name().toLowerCase(java.util.Locale.ROOT) + " to " + delivery.address()
                + (delivery.reason() == null ? "" : ": " + delivery.reason());
        return new TimelineEntry(delivery.id(), delivery.clientId(), KIND, delivery.queuedAt(),
                delivery.subject() == null ? delivery.channel() : delivery.subject(), summary, delivery.id(), TimelineEntry.CORE,
                null, arguments);
    }
}
