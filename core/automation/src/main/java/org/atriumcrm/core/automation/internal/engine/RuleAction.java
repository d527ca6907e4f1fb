package org.atriumcrm.core.automation.internal.engine;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.atriumcrm.core.api.FieldError;
import org.atriumcrm.core.spi.ParameterSpec;
import org.atriumcrm.core.spi.UiContribution.Label;

/** Something a rule does for the record that fired it: a built-in action or a module's {@code ActionType}. */
public interface RuleAction {

    String id();

    Label label();

    List<ParameterSpec> parameters();

    /**
     * What is wrong with a rule's arguments beyond their parameters' types (an unknown field, a stage
     * that does not exist), each error named by its parameter.
     */
    default List<FieldError> argumentErrors(Map<String, String> arguments) {
        return List.of();
    }

    /**
     * @return a short line for the run log: what was done
     * @throws IllegalArgumentException when it can never succeed for this record (not retried)
     */
    String perform(RecordFacts record, Map<String, String> arguments);

    /**
     * The run log's line, when the record as it fired the rule shows this action done already (the tag
     * is there, the field has the value), so that a run whose every action is so is logged as done
     * without an attempt; empty when it cannot tell without acting, as for anything sent or created.
     */
    default Optional<String> doneAlready(RecordFacts record, Map<String, String> arguments) {
        return Optional.empty();
    }

    /**
     * What {@link #perform} would do for the record, changing nothing: a dry run's line.
     *
     * @throws IllegalArgumentException when it would fail for this record, saying why
     */
    default String preview(RecordFacts record, Map<String, String> arguments) {
        return "would run " + id() + " with " + new TreeMap<>(arguments);
    }
}
