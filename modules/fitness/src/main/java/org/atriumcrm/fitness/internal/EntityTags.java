package org.atriumcrm.fitness.internal;

import java.util.OptionalLong;

import javax.ws.rs.core.EntityTag;

import org.atriumcrm.core.api.ValidationException;

/** A membership's version as an HTTP entity tag, and back from an {@code If-Match} header, as core does it. */
final class EntityTags {

    private EntityTags() {
    }

    static EntityTag of(long version) {
        return new EntityTag(Long.toString(version));
    }

    /** The version an {@code If-Match} names; empty when the header is absent or {@code *}. */
    static OptionalLong expectedVersion(String ifMatch) {
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
            throw ValidationException.of("If-Match", "must be the ETag of the membership as read, e.g. \"3\"");
        }
    }
}
