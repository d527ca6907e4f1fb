package org.atriumcrm.core.automation.internal.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.atriumcrm.core.api.FieldError;
import org.atriumcrm.core.api.ValidationException;
import org.atriumcrm.core.spi.ParameterSpec;

/** Checks a rule as sent against the types present now; every mistake is named by its field. */
public final class RuleValidator {

    static final int MAX_NAME = 200;
    static final int MAX_ACTIONS = 20;
    static final int MAX_ARGUMENT = 4000;

    private RuleValidator() {
    }

    /**
     * @param filters the saved filters conditions may name: one that does not exist is refused
     * @throws ValidationException naming each field that is wrong
     */
    public static RuleDefinition check(RuleRequest request, StepTypes types, SavedFilters filters) {
        return check(request, types, filters, Condition.ALWAYS);
    }

    /**
     * A change of a rule: a saved filter deleted since {@code current} named it may stay, so that the
     * rule can still be switched off or edited elsewhere (its condition never holds, as its warnings say).
     *
     * @throws ValidationException naming each field that is wrong
     */
    public static RuleDefinition check(RuleRequest request, StepTypes types, SavedFilters filters, Condition current) {
        if (request == null) {
            throw ValidationException.of("name", "is required");
        }
        List<FieldError> errors = new ArrayList<>();
        String name = request.name() == null ? "" : request.name().strip();
        if (name.isEmpty()) {
            errors.add(new FieldError("name", "is required"));
        } else if (name.length() > MAX_NAME) {
            errors.add(new FieldError("name", "is longer than " + MAX_NAME + " characters"));
        }
        if (request.trigger() == null) {
            errors.add(new FieldError("trigger", "is required"));
        } else {
            int before = errors.size();
            step(request.trigger(), "trigger", types.triggerParameters(typeOf(request.trigger())), "trigger type", errors);
            if (errors.size() == before) {
                errors.addAll(types.triggerArgumentErrors(request.trigger()));
            }
        }
        Condition conditions = ConditionJson.read(request.conditions(), "conditions", errors, filters);
        List<FieldError> named = ConditionJson.missingSavedFilters(current, "conditions");
        ConditionJson.missingSavedFilters(conditions, "conditions").stream()
                .filter(missing -> named.stream().noneMatch(kept -> kept.arguments().equals(missing.arguments())))
                .forEach(errors::add);
        List<StepSpec> actions = request.actions() == null ? List.of() : request.actions();
        if (actions.isEmpty()) {
            errors.add(new FieldError("actions", "needs at least one action"));
        } else if (actions.size() > MAX_ACTIONS) {
            errors.add(new FieldError("actions", "holds more than " + MAX_ACTIONS + " actions"));
        }
        for (int i = 0; i < actions.size(); i++) {
            StepSpec action = actions.get(i);
            String path = "actions[" + i + "]";
            if (action == null) {
                errors.add(new FieldError(path, "is required"));
            } else {
                int before = errors.size();
                step(action, path, types.actionParameters(typeOf(action)), "action type", errors);
                if (errors.size() == before) {
                    errors.addAll(types.actionArgumentErrors(action, path));
                }
            }
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return new RuleDefinition(name, request.trigger(), conditions, actions);
    }

    private static String typeOf(StepSpec step) {
        return step.type() == null ? "" : step.type().strip();
    }

    private static void step(StepSpec step, String path, Optional<List<ParameterSpec>> parameters, String what,
            List<FieldError> errors) {
        if (typeOf(step).isEmpty()) {
            errors.add(new FieldError(path + ".type", "is required"));
            return;
        }
        if (parameters.isEmpty()) {
            errors.add(new FieldError(path + ".type", "is not a known " + what + ": " + step.type()));
            return;
        }
        Map<String, String> arguments = step.arguments();
        for (ParameterSpec parameter : parameters.get()) {
            String value = arguments.get(parameter.name());
            String field = path + ".arguments." + parameter.name();
            if (value == null || value.isBlank()) {
                if (parameter.required()) {
                    errors.add(new FieldError(field, "is required"));
                }
            } else if (value.length() > MAX_ARGUMENT) {
                errors.add(new FieldError(field, "is longer than " + MAX_ARGUMENT + " characters"));
            } else if ((parameter.type() == ParameterSpec.Type.NUMBER || parameter.type() == ParameterSpec.Type.DAYS)
                    && !value.strip().matches("-?\\d{1,9}")) {
                errors.add(new FieldError(field, "must be a whole number"));
            } else if (parameter.type() == ParameterSpec.Type.BOOLEAN && !value.strip().matches("(?i)true|false")) {
                errors.add(new FieldError(field, "must be true or false"));
            }
        }
        for (String argument : arguments.keySet()) {
            if (parameters.get().stream().noneMatch(parameter -> parameter.name().equals(argument))) {
                errors.add(new FieldError(path + ".arguments." + argument, "is not a parameter of " + step.type()));
            }
        }
    }
}
