package org.atriumcrm.core.quality.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber.CountryCodeSource;

/**
 * Phones in any format to E.164 with libphonenumber. A number is read in the client's country (from
 * its address) first, then in the default region; in the default region a local number too short to
 * be national gets the default area code, so with RU and 812 "123-45-67", "8 812 123-45-67" and
 * "+7 (812) 123-45-67" are all +78121234567. A number dialled from abroad is read too, whatever the
 * region: after the international prefix 00 (most of the world) or 810 (Russia), so "0034 667 017 194"
 * and "810 34 667 017 194" are +34667017194 in Russia as in Spain. Of the readings, the first that is
 * a valid number wins, else the first possible one.
 */
final class PhoneNormalizer {

    /** What a typed phone is. */
    enum Status { VALID, INVALID, NOT_A_PHONE }

    /**
     * @param e164       the number read, when it could be read as a possible number
     * @param suggestion a valid reading in international format when the number as typed is not valid
     */
    record Verdict(Status status, String e164, String suggestion) {
    }

    private static final PhoneNumberUtil PHONES = PhoneNumberUtil.getInstance();
    private static final Pattern TEL_PREFIX = Pattern.compile("^(?i)(tel|phone|callto):\\s*");
    private static final Pattern LETTERS = Pattern.compile("\\p{L}");
    /** Words that may stand before an extension: "доб. 12", "ext 12", "ext. 12", "x12". */
    /**
     * Regions whose international prefix is 00 and 810: reading a number in them lets libphonenumber
     * take a number dialled from abroad with that prefix, whatever the client's country.
     */
    private static final List<String> DIALLING_REGIONS = List.of("DE", "RU");
    private static final Pattern EXTENSION = Pattern.compile("(?iu)(доб\\.?|добавочный|extension|ext\\.?|x|#)\\s*\\d{1,6}\\s*$");

    private final String defaultRegion;
    private final String defaultAreaCode;

    PhoneNormalizer(String defaultRegion, String defaultAreaCode) {
        this.defaultRegion = defaultRegion;
        this.defaultAreaCode = defaultAreaCode;
    }

    String defaultRegion() {
        return defaultRegion;
    }

    Optional<String> toE164(String typed) {
        return toE164(typed, null);
    }

    /**
     * @param regionHint the client's country (ISO 3166), or {@code null} for the default region
     * @return the E.164 form, or empty when the text cannot be a phone number
     */
    Optional<String> toE164(String typed, String regionHint) {
        return read(typed, regionHint).map(number -> PHONES.format(number, PhoneNumberFormat.E164));
    }

    /** Whether the text is a valid phone of its region, and a valid reading of it if it is not. */
    Verdict check(String typed, String regionHint) {
        Optional<PhoneNumber> number = read(typed, regionHint);
        if (number.isEmpty()) {
            return looksLikePhone(typed)
                    ? new Verdict(Status.INVALID, null, validAlternative(typed, regionHint).orElse(null))
                    : new Verdict(Status.NOT_A_PHONE, null, null);
        }
        String e164 = PHONES.format(number.get(), PhoneNumberFormat.E164);
        if (PHONES.isValidNumber(number.get())) {
            return new Verdict(Status.VALID, e164, null);
        }
        return new Verdict(Status.INVALID, e164, validAlternative(typed, regionHint).orElse(null));
    }

    /** Text with a few digits and no letters but an extension word is meant as a phone. */
    static boolean looksLikePhone(String typed) {
        if (typed == null) {
            return false;
        }
        String withoutExtension = EXTENSION.matcher(clean(typed)).replaceFirst("");
        long digits = withoutExtension.chars().filter(Character::isDigit).count();
        return digits >= 5 && !LETTERS.matcher(withoutExtension).find();
    }

    /** The region of an E.164 number, e.g. ES for +34…, or {@code null}. */
    static String regionOf(String e164) {
        try {
            String region = PHONES.getRegionCodeForNumber(PHONES.parse(e164, null));
            return "ZZ".equals(region) ? null : region;
        } catch (NumberParseException e) {
            return null;
        }
    }

    static boolean isKnownRegion(String region) {
        return region != null && PHONES.getSupportedRegions().contains(region.toUpperCase(Locale.ROOT));
    }

    private Optional<PhoneNumber> read(String typed, String regionHint) {
        if (typed == null || typed.indexOf('@') >= 0) {
            return Optional.empty();
        }
        List<PhoneNumber> readings = readings(clean(typed), regionHint);
        return readings.stream().filter(PHONES::isValidNumber).findFirst().or(() -> readings.stream().findFirst());
    }

    /** The possible readings of a number, the likeliest first. */
    private List<PhoneNumber> readings(String text, String regionHint) {
        List<PhoneNumber> readings = new ArrayList<>();
        String region = region(regionHint);
        possible(text, region).ifPresent(readings::add);
        if (!region.equals(defaultRegion)) {
            possible(text, defaultRegion).ifPresent(readings::add);
        } else if (!defaultAreaCode.isEmpty() && !text.startsWith("+")) {
            possible(defaultAreaCode + text, region).ifPresent(readings::add);
        }
        if (startsWithPlus(text)) {
            return readings; // has its country code: no international prefix to read
        }
        for (String dialling : DIALLING_REGIONS) {
            parseKeepingSource(text, dialling)
                    .filter(number -> number.getCountryCodeSource() == CountryCodeSource.FROM_NUMBER_WITH_IDD)
                    .filter(PhoneNormalizer::isWholeNumber)
                    .ifPresent(readings::add);
        }
        return readings;
    }

    /** Readings a person may have meant: with a plus before a country code typed without it, with the area code, in the default region. */
    private Optional<String> validAlternative(String typed, String regionHint) {
        String text = clean(typed);
        List<PhoneNumber> readings = new ArrayList<>();
        if (!text.startsWith("+")) {
            parse("+" + text, defaultRegion).ifPresent(readings::add);
            if (!defaultAreaCode.isEmpty()) {
                parse(defaultAreaCode + text, defaultRegion).ifPresent(readings::add);
            }
        }
        parse(text, defaultRegion).ifPresent(readings::add);
        parse(text, region(regionHint)).ifPresent(readings::add);
        return readings.stream()
                .filter(PHONES::isValidNumber)
                .findFirst()
                .map(number -> PHONES.format(number, PhoneNumberFormat.INTERNATIONAL));
    }

    /** Whether the first digit or plus sign, where libphonenumber starts reading, is a plus sign. */
    private static boolean startsWithPlus(String text) {
        return text.codePoints().filter(c -> c == '+' || c == '\uFF0B' || Character.isDigit(c)).findFirst()
                .stream().anyMatch(c -> !Character.isDigit(c));
    }

    private String region(String regionHint) {
        return isKnownRegion(regionHint) ? regionHint.toUpperCase(Locale.ROOT) : defaultRegion;
    }

    private static String clean(String typed) {
        return TEL_PREFIX.matcher(typed.strip()).replaceFirst("").strip();
    }

    private static Optional<PhoneNumber> possible(String text, String region) {
        return parse(text, region).filter(PhoneNormalizer::isWholeNumber);
    }

    /** "Possible only locally" is not enough: E.164 needs the whole national number. */
    private static boolean isWholeNumber(PhoneNumber number) {
        return PHONES.isPossibleNumberWithReason(number) == PhoneNumberUtil.ValidationResult.IS_POSSIBLE;
    }

    private static Optional<PhoneNumber> parseKeepingSource(String text, String region) {
        try {
            return Optional.of(PHONES.parseAndKeepRawInput(text, region));
        } catch (NumberParseException e) {
            return Optional.empty();
        }
    }

    private static Optional<PhoneNumber> parse(String text, String region) {
        try {
            return Optional.of(PHONES.parse(text, region));
        } catch (NumberParseException e) {
            return Optional.empty();
        }
    }
}
