package org.atriumcrm.core.automation.internal.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.atriumcrm.core.api.FieldError;
import org.atriumcrm.core.api.ValidationException;
import org.atriumcrm.core.spi.ParameterSpec;
import org.atriumcrm.core.spi.UiContribution.Label;
import org.junit.jupiter.api.Test;

class RuleValidatorTest {

    private static final StepTypes TYPES = new StepTypes() {
        @Override
        public Optional<List<ParameterSpec>> triggerParameters(String id) {
            return id.equals("client.created") ? Optional.of(List.of()) : Optional.empty();
        }

        @Override
        public Optional<List<ParameterSpec>> actionParameters(String id) {
            return id.equals("core.create-task") ? Optional.of(List.of(
                    new ParameterSpec("title", Label.of("Title", "Título", "Название"), ParameterSpec.Type.TEXT, true),
                    new ParameterSpec("dueInDays", Label.of("Due", "Vence", "Срок"), ParameterSpec.Type.DAYS, false)))
                    : Optional.empty();
        }

        @Override
        public List<FieldError> actionArgumentErrors(StepSpec action, String path) {
            return action.arguments().getOrDefault("title", "").equals("Teleport")
                    ? List.of(new FieldError(path + ".arguments.title", "is not possible")) : List.of();
        }
    };

    private static List<String> refused(RuleRequest request) {
        ValidationException refused = assertThrows(ValidationException.class, () -> RuleValidator.check(request, TYPES, SavedFilters.NONE));
        return refused.errors().stream().map(FieldError::field).toList();
    }

    @Test
    void aGoodRuleIsAccepted() {
        RuleDefinition definition = RuleValidator.check(new RuleRequest(" Call leads ", null, new StepSpec("client.created", null),
                null, List.of(new StepSpec("core.create-task", Map.of("title", "Call", "dueInDays", "2")))), TYPES, SavedFilters.NONE);
        assertEquals("Call leads", definition.name());
        assertEquals(Condition.ALWAYS, definition.conditions());
    }

    @Test
    void everyWrongFieldIsNamed() {
        assertEquals(List.of("name", "trigger.type", "actions"),
                refused(new RuleRequest("", true, new StepSpec("client.teleported", null), null, List.of())));
        assertEquals(List.of("trigger", "actions[0].arguments.title", "actions[0].arguments.dueInDays",
                "actions[1].type", "actions[2].arguments.colour"),
                refused(new RuleRequest("Rule", true, null, null, List.of(
                        new StepSpec("core.create-task", Map.of("dueInDays", "soon")),
                        new StepSpec("core.send-pigeon", Map.of()),
                        new StepSpec("core.create-task", Map.of("title", "Call", "colour", "red"))))));
    }

    @Test
    void anActionsOwnChecksNameTheArgumentOnlyOnceItsParametersAreRight() {
        assertEquals(List.of("actions[1].arguments.title", "actions[2].arguments.dueInDays"),
                refused(new RuleRequest("Move", true, new StepSpec("client.created", null), null, List.of(
                        new StepSpec("core.create-task", Map.of("title", "Call")),
                        new StepSpec("core.create-task", Map.of("title", "Teleport")),
                        new StepSpec("core.create-task", Map.of("title", "Teleport", "dueInDays", "soon"))))));
    }
}
