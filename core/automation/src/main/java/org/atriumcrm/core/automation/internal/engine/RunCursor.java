package org.atriumcrm.core.automation.internal.engine;

import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.List;

import org.atriumcrm.core.api.FieldError;

/**
 * Where a page of the run log ended: the creation time and id of its last run. Opaque to callers
 * (base64url), so that its form may change; the next page starts strictly after it.
 */
public record RunCursor(LocalDateTime createdAt, String id) {

    public static final String PARAMETER = "after";
    private static final char SEPARATOR = ' ';

    static RunCursor after(RunEntity run) {
        return new RunCursor(run.createdAt, run.id);
    }

    public String encode() {
        String raw = createdAt.toString() + SEPARATOR + id;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * @param token a cursor the log gave, or null or blank for the first page
     * @param errors where a token that is not one is reported, naming {@value #PARAMETER}
     * @return null for the first page and for a token that is not a cursor
     */
    public static RunCursor parse(String token, List<FieldError> errors) {
        if (token == null || token.isBlank()) {
            return null;
        }
        try {
            String raw = new String(Base64.getUrlDecoder().decode(token.strip()), StandardCharsets.UTF_8);
            int separator = raw.indexOf(SEPARATOR);
            if (separator > 0 && separator < raw.length() - 1) {
                return new RunCursor(LocalDateTime.parse(raw.substring(0, separator)), raw.substring(separator + 1));
            }
        } catch (IllegalArgumentException | DateTimeParseException notOurs) {
            // reported below
        }
        errors.add(FieldError.of(PARAMETER, FieldError.INVALID, "is not a cursor of the run log"));
        return null;
    }
}
