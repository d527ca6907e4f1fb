package org.atriumcrm.core.automation.internal.engine;

import java.util.Map;
import java.util.Optional;

import org.atriumcrm.core.api.ActivityService;
import org.atriumcrm.core.api.ClientService;
import org.atriumcrm.core.api.OpportunityService;
import org.atriumcrm.core.api.TaskService;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/** Reads the record an event names, fresh from core's services, as conditions and actions see it. */
@Component(service = RecordReader.class)
public class RecordReader {

    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    private static final TypeReference<Map<String, Object>> FIELDS = new TypeReference<>() {
    };

    private final ClientService clients;
    private final OpportunityService opportunities;
    private final TaskService tasks;
    private final ActivityService activities;

    @Activate
    public RecordReader(@Reference ClientService clients, @Reference OpportunityService opportunities,
            @Reference TaskService tasks, @Reference ActivityService activities) {
        this.clients = clients;
        this.opportunities = opportunities;
        this.tasks = tasks;
        this.activities = activities;
    }

    /** The record, or empty when it is gone (deleted since the event). */
    public Optional<RecordFacts> read(String type, String id) {
        if (id == null || id.isBlank()) {
            return Optional.empty();
        }
        return switch (type) {
            case "client" -> clients.get(id).map(client -> new RecordFacts(type, id, id,
                    client.responsibleManagerId(), client.version(), fields(client)));
            case "opportunity" -> opportunities.get(id).map(deal -> new RecordFacts(type, id, deal.clientId(),
                    deal.ownerId(), deal.version(), fields(deal)));
            case "task" -> tasks.get(id).map(task -> new RecordFacts(type, id, task.clientId(),
                    task.assigneeId(), task.version(), fields(task)));
            case "activity" -> activities.get(id).map(activity -> new RecordFacts(type, id, activity.clientId(),
                    activity.authorId(), activity.version(), fields(activity)));
            default -> Optional.empty();
        };
    }

    private static Map<String, Object> fields(Object record) {
        return JSON.convertValue(record, FIELDS);
    }
}
