package org.atriumcrm.fitness.internal;

import java.util.Map;

/** Reading a workflow's trigger arguments and event values, which arrive as text and numbers. */
final class TriggerArguments {

    private TriggerArguments() {
    }

    /** Whether the event's number equals the argument; an absent or malformed argument never matches. */
    static boolean sameNumber(Map<String, Object> event, String eventProperty, Map<String, String> arguments, String argument) {
        Object value = event.get(eventProperty);
        String wanted = arguments.get(argument);
        if (!(value instanceof Number number) || wanted == null) {
            return false;
        }
        try {
            return number.longValue() == Long.parseLong(wanted.strip());
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
