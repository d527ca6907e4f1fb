package org.atriumcrm.core.store.internal;

import java.util.Optional;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;

/**
 * Turns a phone typed in any format into E.164 with libphonenumber. Numbers without a country
 * code are read in the configured default region, so in RU "8 (812) 123-45-67" is +78121234567.
 */
final class PhoneNormalizer {

    private static final PhoneNumberUtil PHONES = PhoneNumberUtil.getInstance();

    private final String defaultRegion;

    PhoneNormalizer(String defaultRegion) {
        this.defaultRegion = defaultRegion;
    }

    /** The E.164 form, or empty when the text cannot be a phone number. */
    Optional<String> toE164(String typed) {
        try {
            PhoneNumber number = PHONES.parse(typed, defaultRegion);
            return PHONES.isPossibleNumber(number)
                    ? Optional.of(PHONES.format(number, PhoneNumberUtil.PhoneNumberFormat.E164))
                    : Optional.empty();
        } catch (NumberParseException e) {
            return Optional.empty();
        }
    }

    static boolean isKnownRegion(String region) {
        return PHONES.getSupportedRegions().contains(region);
    }
}
