package org.atriumcrm.core.spi;

import java.util.List;
import java.util.Map;

/** An {@link ActionType} with its id, label and parameters given once; required ones are checked. */
public abstract class BaseActionType implements ActionType {

    private final String id;
    private final UiContribution.Label label;
    private final List<ParameterSpec> parameters;

    protected BaseActionType(String id, UiContribution.Label label, ParameterSpec... parameters) {
        this.id = id;
        this.label = label;
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
    public final List<ParameterSpec> parameters() {
        return parameters;
    }

    @Override
    public final String perform(String clientId, Map<String, String> arguments) {
        for (ParameterSpec parameter : parameters) {
            String value = arguments.get(parameter.name());
            if (parameter.required() && (value == null || value.isBlank())) {
                throw new IllegalArgumentException(parameter.name() + " is required");
            }
        }
        return run(clientId, arguments);
    }

    /** The action itself, with required arguments present. */
    protected abstract String run(String clientId, Map<String, String> arguments);
}
