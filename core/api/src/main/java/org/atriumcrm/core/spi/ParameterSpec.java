package org.atriumcrm.core.spi;

/**
 * A parameter a trigger or an action takes from the workflow that uses it ("days before expiry",
 * "SMS text"), so the workflow editor can ask for it and check it.
 *
 * @param name  the key in the arguments map
 * @param label what the editor shows
 */
public record ParameterSpec(String name, UiContribution.Label label, Type type, boolean required) {

    /** How the editor asks for the value; values always arrive as strings. */
    public enum Type {
        TEXT, NUMBER, DAYS, BOOLEAN
    }
}
