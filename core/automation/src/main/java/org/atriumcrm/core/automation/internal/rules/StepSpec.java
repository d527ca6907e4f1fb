package org.atriumcrm.core.automation.internal.rules;

import java.util.Map;

/**
 * A rule's trigger or one of its actions: the type's id and the arguments the type's parameters take.
 *
 * @param type      a built-in id ({@code client.created}, {@code core.create-task}) or a module's ({@code fitness.membership-expiring})
 * @param arguments parameter name → value, always text
 */
public record StepSpec(String type, Map<String, String> arguments) {

    public StepSpec {
        arguments = arguments == null ? Map.of() : Map.copyOf(arguments);
    }
}
