package org.atriumcrm.core.automation.internal.webhooks;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;

import org.atriumcrm.core.automation.internal.engine.RecordFacts;
import org.atriumcrm.core.automation.internal.engine.RecordReader;
import org.atriumcrm.core.event.ActivityEvents;
import org.atriumcrm.core.event.ClientEvents;
import org.atriumcrm.core.event.OpportunityEvents;
import org.atriumcrm.core.event.TaskEvents;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventConstants;
import org.osgi.service.event.EventHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Queues a delivery for every enabled hook subscribed to a record event. Events come after their change
 * is committed; the record is read fresh here, on a thread of its own (never the request's), and goes
 * out as the API shows it. A deleted record goes out by its id alone.
 */
@Component(service = EventHandler.class, immediate = true, property = {
        EventConstants.EVENT_TOPIC + "=" + ClientEvents.ALL,
        EventConstants.EVENT_TOPIC + "=" + OpportunityEvents.TOPIC_PREFIX + "*",
        EventConstants.EVENT_TOPIC + "=" + TaskEvents.TOPIC_PREFIX + "*",
        EventConstants.EVENT_TOPIC + "=" + ActivityEvents.TOPIC_PREFIX + "*"})
public class WebhookDispatcher implements EventHandler {

    private static final Logger LOG = LoggerFactory.getLogger(WebhookDispatcher.class);

    private final WebhookStore hooks;
    private final DeliveryQueue queue;
    private final RecordReader records;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "atrium-webhook-events");
        thread.setDaemon(true);
        return thread;
    });

    @Activate
    public WebhookDispatcher(@Reference WebhookStore hooks, @Reference DeliveryQueue queue, @Reference RecordReader records) {
        this.hooks = hooks;
        this.queue = queue;
        this.records = records;
    }

    @Override
    public void handleEvent(Event event) {
        Optional<WebhookEvent> known = WebhookEvent.byTopic(event.getTopic());
        if (known.isEmpty()) {
            return;
        }
        Object id = event.getProperty(known.get().idProperty());
        Instant occurredAt = Instant.now();
        try {
            worker.execute(() -> dispatch(known.get(), id == null ? null : id.toString(), occurredAt));
        } catch (RejectedExecutionException stopping) {
            LOG.debug("Webhooks are stopping; event {} not delivered", event.getTopic());
        }
    }

    private void dispatch(WebhookEvent event, String recordId, Instant occurredAt) {
        try {
            List<Webhook> subscribed = hooks.subscribedTo(event);
            if (subscribed.isEmpty() || recordId == null) {
                return;
            }
            Map<String, Object> record = event.deletion() ? null
                    : records.read(event.recordType(), recordId).map(RecordFacts::fields).orElse(null);
            for (Webhook hook : subscribed) {
                queue.enqueue(hook, event.id(), event.recordType(), recordId, record, occurredAt);
            }
        } catch (RuntimeException e) {
            LOG.error("Queueing webhook deliveries of {} {} failed", event.id(), recordId, e);
        }
    }

    @Deactivate
    void stop() throws InterruptedException {
        worker.shutdown();
        worker.awaitTermination(5, TimeUnit.SECONDS);
    }
}
