package org.atriumcrm.core.automation.internal.rules;

import java.util.List;
import java.util.Optional;

import org.atriumcrm.core.spi.ParameterSpec;

/** The trigger and action types present now (built in, and those of the modules installed), by id. */
public interface StepTypes {

    Optional<List<ParameterSpec>> triggerParameters(String id);

    Optional<List<ParameterSpec>> actionParameters(String id);
}
