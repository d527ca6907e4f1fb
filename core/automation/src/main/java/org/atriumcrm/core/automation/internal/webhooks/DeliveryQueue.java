package org.atriumcrm.core.automation.internal.webhooks;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.atriumcrm.core.automation.internal.scheduler.AutomationScheduler;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * Turns an event into a delivery for one hook: writes the JSON body once (every attempt sends the same
 * bytes under the same {@code X-Atrium-Delivery} id), stores it, and gives its first attempt to the
 * durable scheduler, which sends it on one node, also after a restart.
 */
@Component(service = DeliveryQueue.class)
public class DeliveryQueue {

    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    private final DeliveryStore deliveries;
    private final AutomationScheduler scheduler;

    @Activate
    public DeliveryQueue(@Reference DeliveryStore deliveries, @Reference AutomationScheduler scheduler) {
        this.deliveries = deliveries;
        this.scheduler = scheduler;
    }

    /**
     * @param record the record's fields as the API shows them, or null when it is gone (a deletion)
     * @return the delivery's id
     */
    public String enqueue(Webhook hook, String event, String recordType, String recordId, Map<String, Object> record,
            Instant occurredAt) {
        String id = UUID.randomUUID().toString();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id", id);
        body.put("event", event);
        body.put("occurredAt", occurredAt);
        body.put("recordType", recordType);
        body.put("recordId", recordId);
        body.put("record", record);
        String payload;
        try {
            payload = JSON.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Could not write the body of a " + event + " delivery", e);
        }
        deliveries.open(new DeliveryStore.Pending(id, hook.id(), event, recordType, recordId, occurredAt, payload));
        scheduler.scheduleDelivery(id, 1, Instant.now());
        return id;
    }
}
