package org.atriumcrm.core.store.internal.clients;

import java.util.Optional;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;

/**
 * Turns a phone typed in any format into E.164 with libphonenumber. Numbers without a country
 * code are read in the configured default region, so in RU "8 (812) 123-45-67" is +78121234567;
 * a local number too short to be national gets the default area code, so with area code 812
 * "123-45-67" is +78121234567 too.
 */
public final class PhoneNormalizer {

    private static final PhoneNumberUtil PHONES = PhoneNumberUtil.getInstance();

    private final String defaultRegion;
    private final String defaultAreaCode;

    public PhoneNormalizer(String defaultRegion) {
        this(defaultRegion, "");
    }

    /** @param defaultAreaCode digits put before local numbers, or empty for none */
    public PhoneNormalizer(String defaultRegion, String defaultAreaCode) {
        this.defaultRegion = defaultRegion;
        this.defaultAreaCode = defaultAreaCode;
    }

    /** The E.164 form, or empty when the text cannot be a phone number. */
    public Optional<String> toE164(String typed) {
        Optional<String> asTyped = parse(typed);
        if (asTyped.isPresent() || defaultAreaCode.isEmpty() || typed.strip().startsWith("+")) {
            return asTyped;
        }
        return parse(defaultAreaCode + typed);
    }

    private Optional<String> parse(String text) {
        try {
            PhoneNumber number = PHONES.parse(text, defaultRegion);
            // "possible only locally" is not enough: E.164 needs the whole national number
            return PHONES.isPossibleNumberWithReason(number) == PhoneNumberUtil.ValidationResult.IS_POSSIBLE
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
