package org.atriumcrm.core.spi;

import java.util.List;
import java.util.Map;

/**
 * A {@link TriggerType} with its id, label, topic and parameters given once; it fires on every
 * event of the topic unless {@link #fires(Map, Map)} is overridden.
 */
public abstract class BaseTriggerType implements TriggerType {

    private final String id;
    private final UiContribution.Label label;
    private final String topic;
    private final List<ParameterSpec> parameters;

    protected BaseTriggerType(String id, UiContribution.Label label, String topic, ParameterSpec... parameters) {
        this.id = id;
        this.label = label;
        this.topic = topic;
        this.parameters = List.of(parameters);
    }

    @Override
    public final String id() {
        return id;
    }

    @Override
    public final UiContribution.Label label() {
        return label;
    }

    @Override
    public final String topic() {
        return topic;
    }

    @Override
    public final List<ParameterSpec> parameters() {
        return parameters;
    }

    @Override
    public boolean fires(Map<String, Object> event, Map<String, String> arguments) {
        return event.get(CLIENT_ID) != null;
    }
}
