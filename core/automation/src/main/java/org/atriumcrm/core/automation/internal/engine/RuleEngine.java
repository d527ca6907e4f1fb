package org.atriumcrm.core.automation.internal.engine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;

import org.atriumcrm.core.automation.internal.rules.Rule;
import org.atriumcrm.core.automation.internal.rules.RuleDefinition;
import org.atriumcrm.core.automation.internal.rules.RuleStore;
import org.atriumcrm.core.automation.internal.rules.StoredRule;
import org.atriumcrm.core.spi.TriggerType;
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
 * Matches every Atrium event (posted after its change is committed) to the enabled rules. A rule whose
 * trigger fires and whose conditions hold for the record gets a run, once per occurrence (the run
 * table's unique key). The matching happens on a thread of its own, never on EventAdmin's delivery
 * thread and never on the request's. Events that came while it was busy are matched together, up to
 * {@value #BATCH}, and their runs fired together: one transaction for them all, not one per event.
 */
@Component(service = EventHandler.class, immediate = true, property = EventConstants.EVENT_TOPIC + "=atrium/*")
public class RuleEngine implements EventHandler {

    private static final Logger LOG = LoggerFactory.getLogger(RuleEngine.class);
    private static final int BATCH = 100;

    private final RuleStore rules;
    private final RuleCatalogue catalogue;
    private final RecordReader records;
    private final RuleFiring firing;
    private final BlockingQueue<PostedEvent> pending = new LinkedBlockingQueue<>();
    private final ExecutorService worker = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "atrium-automation-events");
        thread.setDaemon(true);
        return thread;
    });

    @Activate
    public RuleEngine(@Reference RuleStore rules, @Reference RuleCatalogue catalogue, @Reference RecordReader records,
            @Reference RuleFiring firing) {
        this.rules = rules;
        this.catalogue = catalogue;
        this.records = records;
        this.firing = firing;
    }

    @Override
    public void handleEvent(Event event) {
        String topic = event.getTopic();
        Map<String, Object> properties = new TreeMap<>();
        for (String name : event.getPropertyNames()) {
            if (!name.equals(EventConstants.EVENT_TOPIC)) {
                properties.put(name, event.getProperty(name));
            }
        }
        pending.add(new PostedEvent(topic, properties));
        try {
            // each event asks for a pass; a pass takes every event waiting, so later passes may find none
            worker.execute(this::matchPending);
        } catch (RejectedExecutionException stopping) {
            LOG.debug("Automation is stopping; event {} not matched to rules", topic);
        }
    }

    private void matchPending() {
        List<PostedEvent> events = new ArrayList<>();
        pending.drainTo(events, BATCH);
        if (!events.isEmpty()) {
            match(events);
        }
    }

    /**
     * Fires the rules these events trigger. A record is read once for all of them: what a rule sees is
     * the record as it is now, as when the events come one by one faster than they are matched.
     */
    private void match(List<PostedEvent> events) {
        Map<String, Optional<RecordFacts>> read = new HashMap<>();
        List<List<Firing>> found = new ArrayList<>();
        for (PostedEvent event : events) {
            try {
                found.add(firings(event, read));
            } catch (RuntimeException e) {
                LOG.error("Matching event {} to rules failed", event.topic(), e);
            }
        }
        try {
            firing.fire(found.stream().flatMap(List::stream).toList());
        } catch (RuntimeException e) {
            if (found.size() == 1) {
                LOG.error("Firing the rules of event {} failed", events.get(0).topic(), e);
                return;
            }
            // one event's runs must not keep the others' from being stored
            for (List<Firing> ofOneEvent : found) {
                try {
                    firing.fire(ofOneEvent);
                } catch (RuntimeException again) {
                    LOG.error("Firing {} rules of an event failed", ofOneEvent.size(), again);
                }
            }
        }
    }

    private List<Firing> firings(PostedEvent event, Map<String, Optional<RecordFacts>> read) {
        List<Firing> found = new ArrayList<>();
        for (StoredRule rule : rules.enabled()) {
            RuleDefinition definition = rule.definition();
            if (Rule.missingType(definition, catalogue).isPresent()) {
                continue;
            }
            occurrence(event.topic(), event.properties(), definition, read)
                    .ifPresent(occurrence -> found.add(new Firing(rule, occurrence.key(), occurrence.record(), null)));
        }
        return found;
    }

    /** The record and the occurrence's key, when the rule's trigger fires for this event. */
    private Optional<Occurrence> occurrence(String topic, Map<String, Object> event, RuleDefinition definition,
            Map<String, Optional<RecordFacts>> read) {
        String type = definition.trigger().type();
        Optional<BuiltInTrigger> builtIn = BuiltInTrigger.byId(type);
        if (builtIn.isPresent()) {
            BuiltInTrigger trigger = builtIn.get();
            if (!trigger.topic().equals(topic)) {
                return Optional.empty();
            }
            String id = String.valueOf(event.get(trigger.idProperty()));
            if (trigger.kind() == BuiltInTrigger.Kind.DELETED) {
                // a record is deleted once: its id is the occurrence
                return read.computeIfAbsent("deleted " + trigger.recordType() + ":" + id,
                        key -> records.read(trigger.recordType(), id, true))
                        .map(record -> new Occurrence(record, topic + "|" + id));
            }
            if (trigger.kind() == BuiltInTrigger.Kind.FIELD_CHANGED
                    && !FieldChange.changed(event.get(BuiltInTrigger.CHANGED_FIELDS), definition.trigger().arguments())) {
                return Optional.empty();
            }
            return read.computeIfAbsent(trigger.recordType() + ":" + id, key -> records.read(trigger.recordType(), id))
                    .filter(record -> trigger.kind() != BuiltInTrigger.Kind.FIELD_CHANGED
                            || FieldChange.reached(record, definition.trigger().arguments()))
                    .map(record -> new Occurrence(record, topic + "|" + id + "|" + record.version()));
        }
        Optional<TriggerType> module = catalogue.moduleTrigger(type);
        if (module.isEmpty() || !module.get().topic().equals(topic) || !module.get().fires(event, definition.trigger().arguments())) {
            return Optional.empty();
        }
        String clientId = String.valueOf(event.get(TriggerType.CLIENT_ID));
        String key = topic + "|" + clientId + "|" + ModuleEventKey.of(topic, event);
        return read.computeIfAbsent("client:" + clientId, ignored -> records.read("client", clientId))
                .map(record -> new Occurrence(record, key));
    }

    private record Occurrence(RecordFacts record, String key) {
    }

    /** An event as EventAdmin delivered it: its topic and its properties but the topic. */
    private record PostedEvent(String topic, Map<String, Object> properties) {
    }

    @Deactivate
    void stop() throws InterruptedException {
        worker.shutdown();
        worker.awaitTermination(5, TimeUnit.SECONDS);
    }
}
