package org.atriumcrm.core.store.internal.support;

import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.Base64;

import org.atriumcrm.core.api.ValidationException;

/**
 * Where a page ended, for keyset paging: the order it belongs to (e.g. {@code -created}), the
 * last row's value in that order and its id. Opaque to callers (base64url); the next page starts
 * strictly after it.
 */
public record Cursor(String order, String value, String id) {

    private static final char SEPARATOR = '\n';
    private static final String NOT_OURS = "is not a cursor returned by this list";

    public static Cursor at(String order, LocalDateTime time, String id) {
        return new Cursor(order, time.toString(), id);
    }

    public String encode() {
        String raw = order + SEPARATOR + value + SEPARATOR + id;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }

    /** The value as a time, for orders by a timestamp column. */
    public LocalDateTime time() {
        try {
            return LocalDateTime.parse(value);
        } catch (DateTimeParseException e) {
            throw invalid(NOT_OURS);
        }
    }

    /**
     * @param token the cursor a previous page returned, or {@code null} for the first page
     * @return {@code null} for the first page
     * @throws ValidationException naming {@code after} when the cursor is not one of ours or is for another order
     */
    public static Cursor decode(String token, String expectedOrder) {
        if (token == null) {
            return null;
        }
        String raw;
        try {
            raw = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw invalid(NOT_OURS);
        }
        int first = raw.indexOf(SEPARATOR);
        int last = raw.lastIndexOf(SEPARATOR);
        if (first < 0 || first == last) {
            throw invalid(NOT_OURS);
        }
        String order = raw.substring(0, first);
        if (!order.equals(expectedOrder)) {
            throw invalid("belongs to the order " + order + ", not " + expectedOrder);
        }
        return new Cursor(order, raw.substring(first + 1, last), raw.substring(last + 1));
    }

    private static ValidationException invalid(String message) {
        return ValidationException.of("after", message);
    }
}
