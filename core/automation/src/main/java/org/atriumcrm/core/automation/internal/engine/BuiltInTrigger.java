package org.atriumcrm.core.automation.internal.engine;

import java.util.Arrays;
import java.util.Optional;

import org.atriumcrm.core.event.ActivityEvents;
import org.atriumcrm.core.event.ClientEvents;
import org.atriumcrm.core.event.OpportunityEvents;
import org.atriumcrm.core.event.TaskEvents;
import org.atriumcrm.core.spi.UiContribution.Label;

/** Core's triggers: a record created or changed, after the change is committed. */
public enum BuiltInTrigger {
    CLIENT_CREATED("client.created", ClientEvents.CREATED, "client", ClientEvents.PROP_CLIENT_ID,
            Label.of("Client created", "Cliente creado", "Клиент создан")),
    CLIENT_UPDATED("client.updated", ClientEvents.UPDATED, "client", ClientEvents.PROP_CLIENT_ID,
            Label.of("Client changed", "Cliente modificado", "Клиент изменён")),
    OPPORTUNITY_CREATED("opportunity.created", OpportunityEvents.CREATED, "opportunity", OpportunityEvents.PROP_OPPORTUNITY_ID,
            Label.of("Deal created", "Oportunidad creada", "Сделка создана")),
    OPPORTUNITY_UPDATED("opportunity.updated", OpportunityEvents.UPDATED, "opportunity", OpportunityEvents.PROP_OPPORTUNITY_ID,
            Label.of("Deal changed", "Oportunidad modificada", "Сделка изменена")),
    TASK_CREATED("task.created", TaskEvents.CREATED, "task", TaskEvents.PROP_TASK_ID,
            Label.of("Task created", "Tarea creada", "Задача создана")),
    TASK_UPDATED("task.updated", TaskEvents.UPDATED, "task", TaskEvents.PROP_TASK_ID,
            Label.of("Task changed", "Tarea modificada", "Задача изменена")),
    ACTIVITY_LOGGED("activity.created", ActivityEvents.LOGGED, "activity", ActivityEvents.PROP_ACTIVITY_ID,
            Label.of("Activity logged", "Actividad registrada", "Активность записана")),
    ACTIVITY_UPDATED("activity.updated", ActivityEvents.UPDATED, "activity", ActivityEvents.PROP_ACTIVITY_ID,
            Label.of("Activity changed", "Actividad modificada", "Активность изменена"));

    private final String id;
    private final String topic;
    private final String recordType;
    private final String idProperty;
    private final Label label;

    BuiltInTrigger(String id, String topic, String recordType, String idProperty, Label label) {
        this.id = id;
        this.topic = topic;
        this.recordType = recordType;
        this.idProperty = idProperty;
        this.label = label;
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

    /** The event property with the record's id. */
    public String idProperty() {
        return idProperty;
    }

    public Label label() {
        return label;
    }

    public static Optional<BuiltInTrigger> byId(String id) {
        return Arrays.stream(values()).filter(trigger -> trigger.id.equals(id)).findFirst();
    }

    public static Optional<BuiltInTrigger> byTopic(String topic) {
        return Arrays.stream(values()).filter(trigger -> trigger.topic.equals(topic)).findFirst();
    }
}
