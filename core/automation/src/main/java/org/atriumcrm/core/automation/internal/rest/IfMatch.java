package org.atriumcrm.core.automation.internal.rest;

import java.util.OptionalLong;

import org.atriumcrm.core.api.ValidationException;

/** The version an {@code If-Match} header names. */
final class IfMatch {

    private IfMatch() {
    }

    /** The version named; none when the header is absent or {@code *}. */
    static OptionalLong version(String ifMatch, String recordType) {
        if (ifMatch == null || ifMatch.isBlank() || ifMatch.strip().equals("*")) {
            return OptionalLong.empty();
        }
        String tag = ifMatch.strip();
        if (tag.startsWith("W/")) {
            tag = tag.substring(2);
        }
        if (tag.length() >= 2 && tag.startsWith("\"") && tag.endsWith("\"")) {
            tag = tag.substring(1, tag.length() - 1);
        }
        try {
            return OptionalLong.of(Long.parseLong(tag));
        } catch (NumberFormatException e) {
            throw ValidationException.of("If-Match", "must be the ETag of the " + recordType + " as read, e.g. \"3\"");
        }
    }
}
