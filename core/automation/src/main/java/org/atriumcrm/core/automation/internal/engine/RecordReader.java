package org.atriumcrm.core.automation.internal.engine;

import java.util.Map;
import java.util.Optional;

import org.atriumcrm.core.api.ActivityService;
import org.atriumcrm.core.api.ClientService;
import org.atriumcrm.core.api.OpportunityService;
import org.atriumcrm.core.api.TaskService;
import org.atriumcrm.core.api.security.AuditTrail;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * Reads the record an event names, fresh from core's services, as conditions and actions see it; a
 * deleted one as it was when it went (see {@link DeletedRecords}).
 */
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
    private final DeletedRecords deleted;

    @Activate
    public RecordReader(@Reference ClientService clients, @Reference OpportunityService opportunities,
            @Reference TaskService tasks, @Reference ActivityService activities, @Reference AuditTrail audit) {
        this.clients = clients;
        this.opportunities = opportunities;
        this.tasks = tasks;
        this.activities = activities;
        this.deleted = new DeletedRecords(audit);
    }

    /** The record as it is, or for a deletion's trigger as it was when deleted; empty when there is none. */
    public Optional<RecordFacts> read(String type, String id, boolean gone) {
        if (!gone) {
            return read(type, id);
        }
        return id == null || id.isBlank() ? Optional.empty() : deleted.read(type, id);
    }

    /** The record, or empty when it is gone (deleted since the event). */
    public Optional<RecordFacts> read(String type, String id) {
        if (id == null || id.isBlank()) {
            return Optional.empty();
        }
        return switch (type) {
            case "client" -> clients.get(id).map(client -> new RecordFacts(type, id, id,
                    client.responsibleManagerId(), client.version(), fields(client), false, client));
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
