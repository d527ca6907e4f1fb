package org.atriumcrm.core.store.internal.support;

import java.util.Map;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import org.atriumcrm.core.api.FieldError;
import org.atriumcrm.core.api.ValidationException;

/**
 * Collects what is wrong with a request, field by field, so the caller hears about every bad field
 * at once. Text values come back trimmed, blank as {@code null}.
 */
public final class FieldChecks {

    private final List<FieldError> errors = new ArrayList<>();

    /** An error with a message alone (code {@link FieldError#INVALID}). */
    public void add(String field, String message) {
        errors.add(new FieldError(field, message));
    }

    /** An error with its code and the English message; the REST API answers it in the caller's language. */
    public void add(String field, String code, String message) {
        errors.add(FieldError.of(field, code, message));
    }

    /** An error with its code, the values its message names, and the English message. */
    public void add(String field, String code, Map<String, Object> arguments, String message) {
        errors.add(new FieldError(field, code, arguments, message));
    }

    /** Trimmed text or {@code null}; longer than {@code max} is an error. */
    public String text(String field, String value, int max) {
        String text = trimmed(value);
        if (text != null && text.length() > max) {
            add(field, FieldError.TOO_LONG, Map.of("max", max), "is longer than " + max + " characters");
        }
        return text;
    }

    /** Like {@link #text} but a missing value is an error too. */
    public String required(String field, String value, int max) {
        String text = text(field, value, max);
        if (text == null) {
            add(field, FieldError.REQUIRED, "is required");
        }
        return text;
    }

    /** Applies a rule that answers a message when the (non-null) value is wrong. */
    public void rule(String field, String value, Function<String, Optional<String>> rule) {
        if (value != null) {
            rule.apply(value).ifPresent(message -> add(field, message));
        }
    }

    public boolean withinSize(String field, List<?> values, int max) {
        if (values.size() > max) {
            add(field, FieldError.TOO_MANY, Map.of("max", max), "has more than " + max + " entries");
            return false;
        }
        return true;
    }

    public void throwIfAny() {
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
    }

    public static String trimmed(String value) {
        if (value == null) {
            return null;
        }
        String stripped = value.strip();
        return stripped.isEmpty() ? null : stripped;
    }
}
