package org.atriumcrm.core.quality;

import java.util.Objects;

/**
 * One normalised identity fact of a client, stored in an indexed table so that candidates are
 * found by equality, never by scanning: {@code PHONE:+78121234567}, {@code INN:7701234567},
 * {@code DOMAIN:alfa.ru}, {@code NAME:alfa}. Types are listed in {@link MatchKeyTypes}; a module
 * may add its own type.
 *
 * @param type  upper-case key type, at most {@value #MAX_TYPE_LENGTH} characters
 * @param value the normalised value, at most {@value #MAX_VALUE_LENGTH} characters
 */
public record MatchKey(String type, String value) implements Comparable<MatchKey> {

    public static final int MAX_TYPE_LENGTH = 32;
    public static final int MAX_VALUE_LENGTH = 200;

    public MatchKey {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(value, "value");
        if (type.isBlank() || type.length() > MAX_TYPE_LENGTH) {
            throw new IllegalArgumentException("a match key type has 1 to " + MAX_TYPE_LENGTH + " characters: " + type);
        }
        if (value.isBlank()) {
            throw new IllegalArgumentException("a match key needs a value");
        }
        if (value.length() > MAX_VALUE_LENGTH) {
            value = value.substring(0, MAX_VALUE_LENGTH);
        }
    }

    /** Whether candidates are looked up by this key; some keys only take part in scoring. */
    public boolean lookup() {
        return MatchKeyTypes.isLookup(type);
    }

    @Override
    public int compareTo(MatchKey other) {
        int byType = type.compareTo(other.type);
        return byType != 0 ? byType : value.compareTo(other.value);
    }

    /** {@code TYPE:value}, the form shown in logs and reasons. */
    @Override
    public String toString() {
        return type + ":" + value;
    }
}
