package org.atriumcrm.core.rest.internal;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import javax.ws.rs.core.UriInfo;

import org.atriumcrm.core.api.FieldError;
import org.atriumcrm.core.api.Page;
import org.atriumcrm.core.api.ValidationException;

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
            errors.add(new FieldError(name, FieldError.NOT_ONE_OF, Map.of("allowed", allowed(type)),
                    "must be one of " + List.of(type.getEnumConstants())));
            return null;
        }
    }

    /** Parameters named {@code <prefix><key>}, by key (the first value of each). */
    static Map<String, String> prefixed(UriInfo uri, String prefix) {
        Map<String, String> values = new LinkedHashMap<>();
        uri.getQueryParameters().forEach((name, list) -> {
            if (name.startsWith(prefix) && name.length() > prefix.length() && !list.isEmpty()) {
                values.put(name.substring(prefix.length()), list.get(0));
            }
        });
        return values;
    }

    /** The constants of an enum as an error's {@code allowed} argument: {@code LEAD, ACTIVE}. */
    static String allowed(Class<? extends Enum<?>> type) {
        return String.join(", ", java.util.Arrays.stream(type.getEnumConstants()).map(Enum::name).toList());
    }

    static Boolean bool(List<FieldError> errors, String name, String value) {
        String text = text(value);
        if (text == null) {
            return null;
        }
        if (text.equalsIgnoreCase("true") || text.equalsIgnoreCase("false")) {
            return Boolean.valueOf(text);
        }
        errors.add(FieldError.of(name, "not_boolean", "must be true or false"));
        return null;
    }

    /** An ISO-8601 instant such as {@code 2026-11-23T18:00:00Z}. */
    static Instant instant(List<FieldError> errors, String name, String value) {
        String text = text(value);
        if (text == null) {
            return null;
        }
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            errors.add(FieldError.of(name, "not_instant", "must be an ISO-8601 instant such as 2026-11-23T18:00:00Z"));
            return null;
        }
    }

    /** The page size of a list whose only other parameter is its cursor. @throws ValidationException naming {@code limit} */
    static int limit(String value) {
        List<FieldError> errors = new ArrayList<>();
        int limit = limit(errors, value);
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return limit;
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
        errors.add(new FieldError("limit", "not_limit", Map.of("max", Page.MAX_LIMIT),
                "must be a whole number from 1 to " + Page.MAX_LIMIT));
        return Page.DEFAULT_LIMIT;
    }

    /** A time zone by its id, such as Europe/Moscow (422 naming {@code zone} otherwise); the server's when none is given. */
    static ZoneId zone(String zone) {
        String text = text(zone);
        if (text == null) {
            return ZoneId.systemDefault();
        }
        try {
            return ZoneId.of(text);
        } catch (DateTimeException e) {
            throw ValidationException.of("zone", "must be a time zone such as Europe/Moscow");
        }
    }
}
