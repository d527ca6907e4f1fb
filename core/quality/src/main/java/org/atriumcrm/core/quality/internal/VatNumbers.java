package org.atriumcrm.core.quality.internal;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * VAT numbers of the EU (the form VIES lists for each member state) and of the United Kingdom,
 * Switzerland and Norway, with the check digits of the most common countries — Spain (through its
 * NIF), Germany, France, Italy, Portugal, the Netherlands, Belgium, Poland, the United Kingdom,
 * Switzerland and Norway. Greece's prefix is EL; GR is read as EL. Swiss numbers are their UID,
 * CHE and 9 digits, and Norwegian ones the organisation number; the suffix a Swiss (MWST, TVA, IVA)
 * or Norwegian (MVA) number is often written with is left out of the value.
 */
final class VatNumbers {

    /** The Swiss UID with the VAT suffix of its language, if any. */
    private static final Pattern SWISS = Pattern.compile("CHE(\\d{9})(MWST|TVA|IVA)?");
    private static final Pattern NORWEGIAN = Pattern.compile("NO(\\d{9})(MVA)?");
    private static final int[] SWISS_WEIGHTS = {5, 4, 3, 2, 7, 6, 5, 4};
    private static final int[] NORWEGIAN_WEIGHTS = {3, 2, 7, 6, 5, 4, 3, 2};

    /** The national number after each prefix, and how to say it. */
    private static final Map<String, Format> FORMATS = Map.ofEntries(
            format("AT", "U\\d{8}", "U and 8 digits"),
            format("BE", "[01]\\d{9}", "10 digits starting with 0 or 1"),
            format("BG", "\\d{9,10}", "9 or 10 digits"),
            format("CY", "\\d{8}[A-Z]", "8 digits and a letter"),
            format("CZ", "\\d{8,10}", "8 to 10 digits"),
            format("DE", "\\d{9}", "9 digits"),
            format("DK", "\\d{8}", "8 digits"),
            format("EE", "\\d{9}", "9 digits"),
            format("EL", "\\d{9}", "9 digits"),
            format("ES", "[A-Z0-9]\\d{7}[A-Z0-9]", "a letter or digit, 7 digits and a letter or digit"),
            format("FI", "\\d{8}", "8 digits"),
            format("FR", "[A-HJ-NP-Z0-9]{2}\\d{9}", "2 letters or digits and 9 digits"),
            format("GB", "\\d{9}|\\d{12}|GD\\d{3}|HA\\d{3}", "9 or 12 digits, or GD or HA and 3 digits"),
            format("HR", "\\d{11}", "11 digits"),
            format("HU", "\\d{8}", "8 digits"),
            format("IE", "\\d{7}[A-Z]{1,2}|\\d[A-Z+*]\\d{5}[A-Z]", "7 digits and 1 or 2 letters"),
            format("IT", "\\d{11}", "11 digits"),
            format("LT", "\\d{9}|\\d{12}", "9 or 12 digits"),
            format("LU", "\\d{8}", "8 digits"),
            format("LV", "\\d{11}", "11 digits"),
            format("MT", "\\d{8}", "8 digits"),
            format("NL", "\\d{9}B\\d{2}", "9 digits, B and 2 digits"),
            format("PL", "\\d{10}", "10 digits"),
            format("PT", "\\d{9}", "9 digits"),
            format("RO", "\\d{2,10}", "2 to 10 digits"),
            format("SE", "\\d{12}", "12 digits"),
            format("SI", "\\d{8}", "8 digits"),
            format("SK", "\\d{10}", "10 digits"),
            format("XI", "\\d{9}|\\d{12}|GD\\d{3}|HA\\d{3}", "9 or 12 digits, or GD or HA and 3 digits"));

    private VatNumbers() {
    }

    static TaxIdCheck check(String typed) {
        String vat = TaxIdCheck.compact(typed);
        if (vat.length() < 4) {
            return TaxIdCheck.badFormat("VAT", vat);
        }
        if (vat.startsWith("CH")) {
            return withSuffix(vat, SWISS, "CHE", SWISS_WEIGHTS);
        }
        if (vat.startsWith("NO")) {
            return withSuffix(vat, NORWEGIAN, "NO", NORWEGIAN_WEIGHTS);
        }
        String country = vat.substring(0, 2);
        if (country.equals("GR")) {
            country = "EL";
            vat = "EL" + vat.substring(2);
        }
        String number = vat.substring(2);
        Format format = FORMATS.get(country);
        if (format == null || !format.pattern().matcher(number).matches()) {
            return TaxIdCheck.badFormat("VAT", vat);
        }
        boolean valid = switch (country) {
            case "ES" -> SpanishTaxIds.nif(number).isValid();
            case "DE" -> germany(number);
            case "FR" -> france(number);
            case "IT" -> luhn(number);
            case "PT" -> portugal(number);
            case "NL" -> netherlands(number);
            case "BE" -> belgium(number);
            case "PL" -> poland(number);
            case "GB", "XI" -> unitedKingdom(number);
            default -> true; // the form is all that is checked for the others
        };
        return valid ? TaxIdCheck.valid("VAT", vat) : TaxIdCheck.wrongChecksum("VAT", vat, null);
    }

    /** A Swiss or Norwegian number: the prefix, 9 digits with a mod-11 check digit, and the VAT suffix left out. */
    private static TaxIdCheck withSuffix(String vat, Pattern form, String prefix, int[] weights) {
        Matcher number = form.matcher(vat);
        if (!number.matches()) {
            return TaxIdCheck.badFormat("VAT", vat);
        }
        String value = prefix + number.group(1);
        return mod11(number.group(1), weights) ? TaxIdCheck.valid("VAT", value) : TaxIdCheck.wrongChecksum("VAT", value, null);
    }

    /**
     * The mod-11 check of the Swiss UID (weights 5 4 3 2 7 6 5 4) and of the Norwegian organisation
     * number (3 2 7 6 5 4 3 2): the ninth digit is 11 − the weighted sum mod 11, 0 for 11; 10 never occurs.
     */
    private static boolean mod11(String nine, int[] weights) {
        int sum = 0;
        for (int i = 0; i < 8; i++) {
            sum += TaxIdCheck.digit(nine, i) * weights[i];
        }
        int check = 11 - sum % 11;
        return check != 10 && check % 11 == TaxIdCheck.digit(nine, 8);
    }

    /** ISO 7064 MOD 11,10 over the first eight digits. */
    private static boolean germany(String n) {
        int product = 10;
        for (int i = 0; i < 8; i++) {
            int sum = (TaxIdCheck.digit(n, i) + product) % 10;
            if (sum == 0) {
                sum = 10;
            }
            product = 2 * sum % 11;
        }
        int check = 11 - product;
        return (check == 10 ? 0 : check) == TaxIdCheck.digit(n, 8);
    }

    /** A numeric key is (12 + 3 × (SIREN mod 97)) mod 97; letter keys are only checked for form. */
    private static boolean france(String n) {
        String key = n.substring(0, 2);
        if (!TaxIdCheck.allDigits(key)) {
            return true;
        }
        long siren = Long.parseLong(n.substring(2));
        return Integer.parseInt(key) == (12 + 3 * (siren % 97)) % 97;
    }

    private static boolean luhn(String n) {
        int sum = 0;
        for (int i = 0; i < n.length(); i++) {
            int d = TaxIdCheck.digit(n, n.length() - 1 - i);
            if (i % 2 == 1) {
                d *= 2;
                if (d > 9) {
                    d -= 9;
                }
            }
            sum += d;
        }
        return sum % 10 == 0;
    }

    private static boolean portugal(String n) {
        int sum = 0;
        for (int i = 0; i < 8; i++) {
            sum += TaxIdCheck.digit(n, i) * (9 - i);
        }
        int check = 11 - sum % 11;
        return (check >= 10 ? 0 : check) == TaxIdCheck.digit(n, 8);
    }

    /** The older mod 11 of companies' numbers, or the mod 97 of sole traders' numbers since 2020. */
    private static boolean netherlands(String n) {
        int sum = 0;
        for (int i = 0; i < 8; i++) {
            sum += TaxIdCheck.digit(n, i) * (9 - i);
        }
        if (sum % 11 == TaxIdCheck.digit(n, 8)) {
            return true;
        }
        // "NL" + number with letters as 10..35, mod 97 = 1
        StringBuilder numeric = new StringBuilder();
        for (char c : ("NL" + n).toCharArray()) {
            numeric.append(Character.isLetter(c) ? String.valueOf(c - 'A' + 10) : String.valueOf(c));
        }
        return new java.math.BigInteger(numeric.toString()).mod(java.math.BigInteger.valueOf(97)).intValue() == 1;
    }

    private static boolean belgium(String n) {
        long body = Long.parseLong(n.substring(0, 8));
        return 97 - body % 97 == Long.parseLong(n.substring(8));
    }

    private static boolean poland(String n) {
        int[] weights = {6, 5, 7, 2, 3, 4, 5, 6, 7};
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            sum += TaxIdCheck.digit(n, i) * weights[i];
        }
        return sum % 11 == TaxIdCheck.digit(n, 9);
    }

    /** 8..2 over seven digits plus the last two as a number: divisible by 97, or by 97 after adding 55. */
    private static boolean unitedKingdom(String n) {
        if (n.startsWith("GD") || n.startsWith("HA")) {
            int number = Integer.parseInt(n.substring(2));
            return n.startsWith("GD") ? number < 500 : number >= 500;
        }
        int total = 0;
        for (int i = 0; i < 7; i++) {
            total += TaxIdCheck.digit(n, i) * (8 - i);
        }
        total += Integer.parseInt(n.substring(7, 9));
        return total % 97 == 0 || (total + 55) % 97 == 0;
    }

    /** What follows the country prefix, for a message: "9 digits"; {@code null} for an unknown prefix. */
    static String formOf(String vat) {
        String compact = TaxIdCheck.compact(vat);
        if (compact.startsWith("CH")) {
            return "E and 9 digits, with MWST, TVA or IVA after them or not";
        }
        if (compact.startsWith("NO")) {
            return "9 digits, with MVA after them or not";
        }
        Format format = compact.length() < 2 ? null : FORMATS.get(compact.startsWith("GR") ? "EL" : compact.substring(0, 2));
        return format == null ? null : format.description();
    }

    private static Map.Entry<String, Format> format(String country, String regex, String description) {
        return Map.entry(country, new Format(Pattern.compile(regex), description));
    }

    private record Format(Pattern pattern, String description) {
    }
}
