package org.atriumcrm.fitness.internal;

import java.util.regex.Pattern;

import org.atriumcrm.core.api.ValidationException;

/** The numbers printed on or encoded in members' cards, as access-control readers send them. */
public final class CardNumbers {

    static final int MAX_LENGTH = 64;
    private static final Pattern ALLOWED = Pattern.compile("[A-Za-z0-9][A-Za-z0-9-]*");

    private CardNumbers() {
    }

    /**
     * The card number without surrounding blanks.
     *
     * @throws ValidationException naming {@code field} when it is missing, too long or has characters a reader never sends
     */
    public static String normalize(String card, String field) {
        String value = card == null ? "" : card.strip();
        if (value.isEmpty()) {
            throw ValidationException.of(field, "is required");
        }
        if (value.length() > MAX_LENGTH) {
            throw ValidationException.of(field, "is longer than " + MAX_LENGTH + " characters");
        }
        if (!ALLOWED.matcher(value).matches()) {
            throw ValidationException.of(field, "may hold only letters, digits and dashes");
        }
        return value;
    }
}
