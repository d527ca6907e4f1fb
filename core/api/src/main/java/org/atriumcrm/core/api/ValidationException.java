package org.atriumcrm.core.api;

import java.util.List;

/** A request named values the model does not accept; nothing was written. */
public class ValidationException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient List<FieldError> errors;

    public ValidationException(List<FieldError> errors) {
        super(describe(errors));
        this.errors = List.copyOf(errors);
    }

    /** One field refused: {@code ValidationException.of("title", "is required")}. */
    public static ValidationException of(String field, String message) {
        return new ValidationException(List.of(new FieldError(field, message)));
    }

    /** One field refused with a code: {@code ValidationException.of(FieldError.of("title", FieldError.REQUIRED, "is required"))}. */
    public static ValidationException of(FieldError error) {
        return new ValidationException(List.of(error));
    }

    public List<FieldError> errors() {
        return errors;
    }

    private static String describe(List<FieldError> errors) {
        StringBuilder text = new StringBuilder("Invalid value");
        text.append(errors.size() == 1 ? ": " : "s: ");
        for (int i = 0; i < errors.size(); i++) {
            FieldError error = errors.get(i);
            text.append(i == 0 ? "" : "; ").append(error.field()).append(' ').append(error.message());
        }
        return text.toString();
    }
}
