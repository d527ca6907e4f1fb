package org.atriumcrm.core.rest.internal;

import java.util.List;
import java.util.Locale;

import org.atriumcrm.core.api.FieldError;
import org.atriumcrm.core.api.Page;

/** Reading list parameters: problems are collected so that one 422 names every bad parameter. */
final class QueryParameters {

    private QueryParameters() {
    }

    static String text(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    static <E extends Enum<E>> E enumValue(List<FieldError> errors, String name, String value, Class<E> type) {
        String text = text(value);
        if (text == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, text.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            errors.add(new FieldError(name, "must be one of " + List.of(type.getEnumConstants())));
            return null;
        }
    }

    static int limit(List<FieldError> errors, String value) {
        String text = text(value);
        if (text == null) {
            return Page.DEFAULT_LIMIT;
        }
        try {
            int limit = Integer.parseInt(text);
            if (limit >= 1 && limit <= Page.MAX_LIMIT) {
                return limit;
            }
        } catch (NumberFormatException e) {
            // reported below, with the range
        }
        errors.add(new FieldError("limit", "must be a whole number from 1 to " + Page.MAX_LIMIT));
        return Page.DEFAULT_LIMIT;
    }
}
