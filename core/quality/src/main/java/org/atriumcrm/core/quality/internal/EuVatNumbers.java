package org.atriumcrm.core.quality.internal;

import java.util.Map;
import java.util.regex.Pattern;

/**
 * EU VAT numbers (and the UK's): the country prefix, the national form as VIES lists it, and the
 * check digits of the most common countries — Spain (through its NIF), Germany, France, Italy,
 * Portugal, the Netherlands, Belgium, Poland and the United Kingdom. Greece's prefix is EL; GR is
 * read as EL.
 */
final class EuVatNumbers {

    private static final Map<String, Pattern> FORMATS = Map.ofEntries(
            Map.entry("AT", Pattern.compile("U\\d{8}")),
            Map.entry("BE", Pattern.compile("[01]\\d{9}")),
            Map.entry("BG", Pattern.compile("\\d{9,10}")),
            Map.entry("CY", Pattern.compile("\\d{8}[A-Z]")),
            Map.entry("CZ", Pattern.compile("\\d{8,10}")),
            Map.entry("DE", Pattern.compile("\\d{9}")),
            Map.entry("DK", Pattern.compile("\\d{8}")),
            Map.entry("EE", Pattern.compile("\\d{9}")),
            Map.entry("EL", Pattern.compile("\\d{9}")),
            Map.entry("ES", Pattern.compile("[A-Z0-9]\\d{7}[A-Z0-9]")),
            Map.entry("FI", Pattern.compile("\\d{8}")),
            Map.entry("FR", Pattern.compile("[A-HJ-NP-Z0-9]{2}\\d{9}")),
            Map.entry("GB", Pattern.compile("\\d{9}|\\d{12}|GD\\d{3}|HA\\d{3}")),
            Map.entry("HR", Pattern.compile("\\d{11}")),
            Map.entry("HU", Pattern.compile("\\d{8}")),
            Map.entry("IE", Pattern.compile("\\d{7}[A-Z]{1,2}|\\d[A-Z+*]\\d{5}[A-Z]")),
            Map.entry("IT", Pattern.compile("\\d{11}")),
            Map.entry("LT", Pattern.compile("\\d{9}|\\d{12}")),
            Map.entry("LU", Pattern.compile("\\d{8}")),
            Map.entry("LV", Pattern.compile("\\d{11}")),
            Map.entry("MT", Pattern.compile("\\d{8}")),
            Map.entry("NL", Pattern.compile("\\d{9}B\\d{2}")),
            Map.entry("PL", Pattern.compile("\\d{10}")),
            Map.entry("PT", Pattern.compile("\\d{9}")),
            Map.entry("RO", Pattern.compile("\\d{2,10}")),
            Map.entry("SE", Pattern.compile("\\d{12}")),
            Map.entry("SI", Pattern.compile("\\d{8}")),
            Map.entry("SK", Pattern.compile("\\d{10}")),
            Map.entry("XI", Pattern.compile("\\d{9}|\\d{12}|GD\\d{3}|HA\\d{3}")));

    private EuVatNumbers() {
    }

    static TaxIdCheck check(String typed) {
        String vat = TaxIdCheck.compact(typed);
        if (vat.length() < 4) {
            return TaxIdCheck.badFormat("VAT", vat);
        }
        String country = vat.substring(0, 2);
        if (country.equals("GR")) {
            country = "EL";
            vat = "EL" + vat.substring(2);
        }
        String number = vat.substring(2);
        Pattern format = FORMATS.get(country);
        if (format == null || !format.matcher(number).matches()) {
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
}
