package org.atriumcrm.core.automation.internal.forms;

/**
 * One input of a form.
 *
 * @param name     the input's name, as the page posts it
 * @param label    what the page shows beside it
 * @param target   where the value goes: {@code name}, {@code email}, {@code phone}, {@code message} (the
 *                 activity only), {@code language}, or {@code customFields.<key>} of a client custom field
 * @param required whether a submission without it is refused (left out: no)
 */
public record FormField(String name, String label, String target, Boolean required) {

    public static final String NAME = "name";
    public static final String EMAIL = "email";
    public static final String PHONE = "phone";
    public static final String MESSAGE = "message";
    public static final String LANGUAGE = "language";
    public static final String CUSTOM_FIELD_PREFIX = "customFields.";

    public FormField {
        required = Boolean.TRUE.equals(required);
    }
}
