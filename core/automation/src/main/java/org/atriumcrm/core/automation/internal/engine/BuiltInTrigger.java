package org.atriumcrm.core.automation.internal.engine;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.atriumcrm.core.event.ActivityEvents;
import org.atriumcrm.core.event.ClientEvents;
import org.atriumcrm.core.event.OpportunityEvents;
import org.atriumcrm.core.event.TaskEvents;
import org.atriumcrm.core.spi.ParameterSpec;
import org.atriumcrm.core.spi.UiContribution.Label;

/** Core's triggers: a record created or changed, after the change is committed. */
/**
 * Core's triggers: a record created, changed or deleted, or one of its fields changed (to a value),
 * after the change is committed.
 */
public enum BuiltInTrigger {
    CLIENT_CREATED("client.created", Kind.CREATED, ClientEvents.CREATED, "client", ClientEvents.PROP_CLIENT_ID,
            Label.of("Client created", "Cliente creado", "Клиент создан")),
    CLIENT_UPDATED("client.updated", Kind.UPDATED, ClientEvents.UPDATED, "client", ClientEvents.PROP_CLIENT_ID,
            Label.of("Client changed", "Cliente modificado", "Клиент изменён")),
    CLIENT_FIELD_CHANGED("client.field-changed", Kind.FIELD_CHANGED, ClientEvents.UPDATED, "client", ClientEvents.PROP_CLIENT_ID,
            Label.of("Client's field changed", "Campo del cliente modificado", "Поле клиента изменено")),
    CLIENT_DELETED("client.deleted", Kind.DELETED, ClientEvents.DELETED, "client", ClientEvents.PROP_CLIENT_ID,
            Label.of("Client deleted", "Cliente eliminado", "Клиент удалён")),
    OPPORTUNITY_CREATED("opportunity.created", Kind.CREATED, OpportunityEvents.CREATED, "opportunity",
            OpportunityEvents.PROP_OPPORTUNITY_ID, Label.of("Deal created", "Oportunidad creada", "Сделка создана")),
    OPPORTUNITY_UPDATED("opportunity.updated", Kind.UPDATED, OpportunityEvents.UPDATED, "opportunity",
            OpportunityEvents.PROP_OPPORTUNITY_ID, Label.of("Deal changed", "Oportunidad modificada", "Сделка изменена")),
    OPPORTUNITY_FIELD_CHANGED("opportunity.field-changed", Kind.FIELD_CHANGED, OpportunityEvents.UPDATED, "opportunity",
            OpportunityEvents.PROP_OPPORTUNITY_ID,
            Label.of("Deal's field changed", "Campo de la oportunidad modificado", "Поле сделки изменено")),
    OPPORTUNITY_DELETED("opportunity.deleted", Kind.DELETED, OpportunityEvents.DELETED, "opportunity",
            OpportunityEvents.PROP_OPPORTUNITY_ID, Label.of("Deal deleted", "Oportunidad eliminada", "Сделка удалена")),
    TASK_CREATED("task.created", Kind.CREATED, TaskEvents.CREATED, "task", TaskEvents.PROP_TASK_ID,
            Label.of("Task created", "Tarea creada", "Задача создана")),
    TASK_UPDATED("task.updated", Kind.UPDATED, TaskEvents.UPDATED, "task", TaskEvents.PROP_TASK_ID,
            Label.of("Task changed", "Tarea modificada", "Задача изменена")),
    TASK_FIELD_CHANGED("task.field-changed", Kind.FIELD_CHANGED, TaskEvents.UPDATED, "task", TaskEvents.PROP_TASK_ID,
            Label.of("Task's field changed", "Campo de la tarea modificado", "Поле задачи изменено")),
    TASK_DELETED("task.deleted", Kind.DELETED, TaskEvents.DELETED, "task", TaskEvents.PROP_TASK_ID,
            Label.of("Task deleted", "Tarea eliminada", "Задача удалена")),
    ACTIVITY_LOGGED("activity.created", Kind.CREATED, ActivityEvents.LOGGED, "activity", ActivityEvents.PROP_ACTIVITY_ID,
            Label.of("Activity logged", "Actividad registrada", "Активность записана")),
    ACTIVITY_UPDATED("activity.updated", Kind.UPDATED, ActivityEvents.UPDATED, "activity", ActivityEvents.PROP_ACTIVITY_ID,
            Label.of("Activity changed", "Actividad modificada", "Активность изменена")),
    ACTIVITY_FIELD_CHANGED("activity.field-changed", Kind.FIELD_CHANGED, ActivityEvents.UPDATED, "activity",
            ActivityEvents.PROP_ACTIVITY_ID,
            Label.of("Activity's field changed", "Campo de la actividad modificado", "Поле активности изменено")),
    ACTIVITY_DELETED("activity.deleted", Kind.DELETED, ActivityEvents.DELETED, "activity", ActivityEvents.PROP_ACTIVITY_ID,
            Label.of("Activity deleted", "Actividad eliminada", "Активность удалена"));

    /** What happened to the record. */
    public enum Kind {
        CREATED, UPDATED, FIELD_CHANGED, DELETED
    }

    /** The field a field-changed trigger watches: a name or dotted path as the REST API shows the record. */
    public static final String FIELD = "field";
    /** The event property with the names of the fields an update changed (the same name on every record's topic). */
    public static final String CHANGED_FIELDS = ClientEvents.PROP_CHANGED_FIELDS;
    /** The value the field must have been changed to; without it, any change of the field fires. */
    public static final String TO = "to";

    private static final List<ParameterSpec> FIELD_CHANGED_PARAMETERS = List.of(
            new ParameterSpec(FIELD, Label.of("Field", "Campo", "Поле"), ParameterSpec.Type.TEXT, true),
            new ParameterSpec(TO, Label.of("Changed to (empty: any change)", "Cambiado a (vacío: cualquier cambio)",
                    "Изменено на (пусто: любое изменение)"), ParameterSpec.Type.TEXT, false));

    private final String id;
    private final Kind kind;
    private final String topic;
    private final String recordType;
    private final String idProperty;
    private final Label label;

    BuiltInTrigger(String id, Kind kind, String topic, String recordType, String idProperty, Label label) {
        this.id = id;
        this.kind = kind;
        this.topic = topic;
        this.recordType = recordType;
        this.idProperty = idProperty;
        this.label = label;
    }

    public String id() {
        return id;
    }

    public Kind kind() {
        return kind;
    }

    /** The arguments a rule gives this trigger: a field and a value for a field-changed one, none otherwise. */
    public List<ParameterSpec> parameters() {
        return kind == Kind.FIELD_CHANGED ? FIELD_CHANGED_PARAMETERS : List.of();
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

    /** The plain trigger of a topic (created, updated, deleted), not a field-changed one. */
    public static Optional<BuiltInTrigger> byTopic(String topic) {
        return Arrays.stream(values()).filter(trigger -> trigger.kind != Kind.FIELD_CHANGED && trigger.topic.equals(topic))
                .findFirst();
    }
}
