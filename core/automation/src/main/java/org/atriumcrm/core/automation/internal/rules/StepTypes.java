package org.atriumcrm.core.automation.internal.rules;

import java.util.List;
import java.util.Optional;

import org.atriumcrm.core.api.FieldError;
import org.atriumcrm.core.spi.ParameterSpec;

/** The trigger and action types present now (built in, and those of the modules installed), by id. */
public interface StepTypes {

    Optional<List<ParameterSpec>> triggerParameters(String id);

    Optional<List<ParameterSpec>> actionParameters(String id);

    /** What is wrong with a known trigger's arguments beyond their parameters' types (a range, a field that is no date). */
    default List<FieldError> triggerArgumentErrors(StepSpec trigger) {
        return List.of();
    }

    /** What is wrong with a known action's arguments beyond their parameters' types, named under {@code path}. */
    default List<FieldError> actionArgumentErrors(StepSpec action, String path) {
        return List.of();
    }
}
