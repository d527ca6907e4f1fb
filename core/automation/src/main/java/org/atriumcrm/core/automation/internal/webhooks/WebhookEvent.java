package org.atriumcrm.core.automation.internal.webhooks;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.atriumcrm.core.event.ActivityEvents;
import org.atriumcrm.core.event.ClientEvents;
import org.atriumcrm.core.event.OpportunityEvents;
import org.atriumcrm.core.event.TaskEvents;

/** The record events a webhook can subscribe to, named as rules' triggers are ({@code client.created}). */
public enum WebhookEvent {
    CLIENT_CREATED("client.created", ClientEvents.CREATED, "client", ClientEvents.PROP_CLIENT_ID),
    CLIENT_UPDATED("client.updated", ClientEvents.UPDATED, "client", ClientEvents.PROP_CLIENT_ID),
    CLIENT_DELETED("client.deleted", ClientEvents.DELETED, "client", ClientEvents.PROP_CLIENT_ID),
    OPPORTUNITY_CREATED("opportunity.created", OpportunityEvents.CREATED, "opportunity", OpportunityEvents.PROP_OPPORTUNITY_ID),
    OPPORTUNITY_UPDATED("opportunity.updated", OpportunityEvents.UPDATED, "opportunity", OpportunityEvents.PROP_OPPORTUNITY_ID),
    OPPORTUNITY_DELETED("opportunity.deleted", OpportunityEvents.DELETED, "opportunity", OpportunityEvents.PROP_OPPORTUNITY_ID),
    TASK_CREATED("task.created", TaskEvents.CREATED, "task", TaskEvents.PROP_TASK_ID),
    TASK_UPDATED("task.updated", TaskEvents.UPDATED, "task", TaskEvents.PROP_TASK_ID),
    TASK_DELETED("task.deleted", TaskEvents.DELETED, "task", TaskEvents.PROP_TASK_ID),
    ACTIVITY_CREATED("activity.created", ActivityEvents.LOGGED, "activity", ActivityEvents.PROP_ACTIVITY_ID),
    ACTIVITY_UPDATED("activity.updated", ActivityEvents.UPDATED, "activity", ActivityEvents.PROP_ACTIVITY_ID),
    ACTIVITY_DELETED("activity.deleted", ActivityEvents.DELETED, "activity", ActivityEvents.PROP_ACTIVITY_ID);

    private final String id;
    private final String topic;
    private final String recordType;
    private final String idProperty;

    WebhookEvent(String id, String topic, String recordType, String idProperty) {
        this.id = id;
        this.topic = topic;
        this.recordType = recordType;
        this.idProperty = idProperty;
    }

    public String id() {
        return id;
    }

    public String topic() {
        return topic;
    }

    public String recordType() {
        return recordType;
    }

    public String idProperty() {
        return idProperty;
    }

    /** Whether the record is gone when the event is handled: the payload names it without its fields. */
    public boolean deletion() {
        return id.endsWith(".deleted");
    }

    public static Optional<WebhookEvent> byId(String id) {
        return Arrays.stream(values()).filter(event -> event.id.equals(id)).findFirst();
    }

    public static Optional<WebhookEvent> byTopic(String topic) {
        return Arrays.stream(values()).filter(event -> event.topic.equals(topic)).findFirst();
    }

    public static List<String> ids() {
        return Arrays.stream(values()).map(WebhookEvent::id).toList();
    }
}
