package org.atriumcrm.core.store.internal.clients;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Checks company tax identifiers (Russian INN, KPP, OGRN; Spanish NIF/NIE/CIF; EU VAT numbers)
 * and bank identifiers (IBAN, BIC, Russian BIK and accounts). Every method takes a trimmed value,
 * ignores spaces, dots and dashes inside it, and returns empty when the value is valid or else a
 * short message to show next to the field, such as "has a wrong check digit".
 */
final class TaxIds {

    private static final String WRONG_CHECK_DIGIT = "has a wrong check digit";

    private static final int[] INN_10 = {2, 4, 10, 3, 5, 9, 4, 6, 8};
    private static final int[] INN_11 = {7, 2, 4, 10, 3, 5, 9, 4, 6, 8};
    private static final int[] INN_12 = {3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8};

    private static final Pattern KPP = Pattern.compile("\\d{4}[0-9A-Z]{2}\\d{3}");

    private static final String DNI_LETTERS = "TRWAGMYFPDXBNJZSQVHLCKE";
    private static final String CIF_LETTERS = "JABCDEFGHI";
    private static final Pattern DNI = Pattern.compile("\\d{8}[A-Z]");
    private static final Pattern NIE = Pattern.compile("[XYZ]\\d{7}[A-Z]");
    private static final Pattern CIF = Pattern.compile("[ABCDEFGHJNPQRSUVW]\\d{7}[0-9A-J]");

    private static final Pattern IBAN = Pattern.compile("[A-Z]{2}\\d{2}[A-Z0-9]{11,30}");
    private static final Pattern BIC = Pattern.compile("[A-Z]{4}[A-Z]{2}[A-Z0-9]{2}([A-Z0-9]{3})?");

    /** VAT number formats after the country prefix, as listed by the EU VIES service. */
    private static final Map<String, VatFormat> VAT = Map.ofEntries(
            vat("AT", "U\\d{8}", "U and 8 digits"),
            vat("BE", "[01]\\d{9}", "10 digits starting with 0 or 1"),
            vat("BG", "\\d{9,10}", "9 or 10 digits"),
            vat("CY", "\\d{8}[A-Z]", "8 digits and a letter"),
            vat("CZ", "\\d{8,10}", "8 to 10 digits"),
            vat("DE", "\\d{9}", "9 digits"),
            vat("DK", "\\d{8}", "8 digits"),
            vat("EE", "\\d{9}", "9 digits"),
            vat("EL", "\\d{9}", "9 digits"),
            vat("ES", "[A-Z0-9]\\d{7}[A-Z0-9]", "a letter or digit, 7 digits and a letter or digit"),
            vat("FI", "\\d{8}", "8 digits"),
            vat("FR", "[A-HJ-NP-Z0-9]{2}\\d{9}", "2 letters or digits and 9 digits"),
            vat("HR", "\\d{11}", "11 digits"),
            vat("HU", "\\d{8}", "8 digits"),
            vat("IE", "\\d{7}[A-Z]{1,2}|\\d[A-Z+*]\\d{5}[A-Z]", "7 digits and 1 or 2 letters"),
            vat("IT", "\\d{11}", "11 digits"),
            vat("LT", "\\d{9}|\\d{12}", "9 or 12 digits"),
            vat("LU", "\\d{8}", "8 digits"),
            vat("LV", "\\d{11}", "11 digits"),
            vat("MT", "\\d{8}", "8 digits"),
            vat("NL", "\\d{9}B\\d{2}", "9 digits, B and 2 digits"),
            vat("PL", "\\d{10}", "10 digits"),
            vat("PT", "\\d{9}", "9 digits"),
            vat("RO", "\\d{2,10}", "2 to 10 digits"),
            vat("SE", "\\d{12}", "12 digits"),
            vat("SI", "\\d{8}", "8 digits"),
            vat("SK", "\\d{10}", "10 digits"),
            vat("XI", "\\d{9}|\\d{12}|GD\\d{3}|HA\\d{3}", "9 or 12 digits, or GD or HA and 3 digits"));

    private TaxIds() {
    }

    /** Russian INN: 10 digits (organisation) or 12 digits (individual) with their check digits. */
    static Optional<String> inn(String value) {
        String inn = compact(value);
        if (inn.length() != 10 && inn.length() != 12 || !allDigits(inn)) {
            return error("must have 10 or 12 digits");
        }
        boolean valid = inn.length() == 10
                ? innDigitMatches(inn, INN_10)
                : innDigitMatches(inn, INN_11) && innDigitMatches(inn, INN_12);
        return valid ? ok() : error(WRONG_CHECK_DIGIT);
    }

    /** Russian KPP: 4 digits, 2 digits or capital Latin letters, 3 digits (no checksum exists). */
    static Optional<String> kpp(String value) {
        String kpp = compact(value);
        if (kpp.length() != 9) {
            return error("must have 9 characters");
        }
        return KPP.matcher(kpp).matches() ? ok()
                : error("must be 4 digits, 2 digits or capital Latin letters, and 3 digits");
    }

    /** Russian OGRN (13 digits, remainder mod 11) or OGRNIP (15 digits, remainder mod 13). */
    static Optional<String> ogrn(String value) {
        String ogrn = compact(value);
        if (ogrn.length() != 13 && ogrn.length() != 15 || !allDigits(ogrn)) {
            return error("must have 13 digits (OGRN) or 15 digits (OGRNIP)");
        }
        int last = ogrn.length() - 1;
        long number = Long.parseLong(ogrn.substring(0, last)); // at most 14 digits, fits in a long
        long check = number % (ogrn.length() == 13 ? 11 : 13) % 10;
        return check == digit(ogrn, last) ? ok() : error(WRONG_CHECK_DIGIT);
    }

    /** Spanish NIF (DNI), NIE or CIF, with its control letter or digit. */
    static Optional<String> spanishTaxId(String value) {
        String id = compact(value).toUpperCase(Locale.ROOT);
        if (DNI.matcher(id).matches()) {
            return dniLetterMatches(id.substring(0, 8), id.charAt(8)) ? ok() : error("has a wrong control letter");
        }
        if (NIE.matcher(id).matches()) {
            String number = "XYZ".indexOf(id.charAt(0)) + id.substring(1, 8);
            return dniLetterMatches(number, id.charAt(8)) ? ok() : error("has a wrong control letter");
        }
        if (CIF.matcher(id).matches()) {
            return cifControlMatches(id) ? ok() : error("has a wrong control character");
        }
        return error("must be a NIF (8 digits and a letter), NIE (X, Y or Z, 7 digits and a letter)"
                + " or CIF (a letter, 7 digits and a control character)");
    }

    /** EU VAT number: a known country prefix followed by that country's format (no checksum). */
    static Optional<String> euVat(String value) {
        String vat = compact(value).toUpperCase(Locale.ROOT);
        VatFormat format = vat.length() < 2 ? null : VAT.get(vat.substring(0, 2));
        if (format == null) {
            return error("must start with an EU country code such as DE or ES");
        }
        return format.pattern.matcher(vat.substring(2)).matches() ? ok()
                : error("must be " + vat.substring(0, 2) + " followed by " + format.description);
    }

    /** IBAN: country letters, 2 check digits, up to 30 letters or digits, and the mod-97 check. */
    static Optional<String> iban(String value) {
        String iban = compact(value).toUpperCase(Locale.ROOT);
        if (iban.length() < 15 || iban.length() > 34) {
            return error("must have 15 to 34 characters");
        }
        if (!IBAN.matcher(iban).matches()) {
            return error("must be 2 letters, 2 digits and then only letters and digits");
        }
        String rearranged = iban.substring(4) + iban.substring(0, 4);
        int remainder = 0;
        for (int i = 0; i < rearranged.length(); i++) {
            char c = rearranged.charAt(i);
            remainder = c <= '9'
                    ? (remainder * 10 + (c - '0')) % 97
                    : (remainder * 100 + (c - 'A' + 10)) % 97;
        }
        return remainder == 1 ? ok() : error("has wrong check digits");
    }

    /** BIC (SWIFT code): bank, country and location codes, optionally a branch code; 8 or 11 characters. */
    static Optional<String> bic(String value) {
        String bic = compact(value).toUpperCase(Locale.ROOT);
        if (bic.length() != 8 && bic.length() != 11) {
            return error("must have 8 or 11 characters");
        }
        return BIC.matcher(bic).matches() ? ok()
                : error("must be 6 letters followed by 2 or 5 letters or digits");
    }

    /** Russian bank BIK: 9 digits starting with 04. */
    static Optional<String> russianBik(String value) {
        String bik = compact(value);
        if (bik.length() != 9 || !allDigits(bik)) {
            return error("must have 9 digits");
        }
        return bik.startsWith("04") ? ok() : error("must start with 04");
    }

    /** Russian settlement account: 20 digits whose control key matches the bank's BIK. */
    static Optional<String> russianSettlementAccount(String bik, String account) {
        String b = compact(bik);
        String a = compact(account);
        if (a.length() != 20 || !allDigits(a)) {
            return error("must have 20 digits");
        }
        if (!isBik(b)) {
            return ok();
        }
        return accountKeyMatches(b.substring(6, 9) + a) ? ok() : error("has a wrong control key for this BIK");
    }

    /** Russian correspondent account: 20 digits starting with 301 whose control key matches the BIK. */
    static Optional<String> russianCorrespondentAccount(String bik, String account) {
        String b = compact(bik);
        String a = compact(account);
        if (a.length() != 20 || !allDigits(a)) {
            return error("must have 20 digits");
        }
        if (!a.startsWith("301")) {
            return error("must start with 301");
        }
        if (!isBik(b)) {
            return ok();
        }
        return accountKeyMatches("0" + b.substring(4, 6) + a) ? ok() : error("has a wrong control key for this BIK");
    }

    private static boolean innDigitMatches(String inn, int[] weights) {
        int sum = 0;
        for (int i = 0; i < weights.length; i++) {
            sum += weights[i] * digit(inn, i);
        }
        return sum % 11 % 10 == digit(inn, weights.length);
    }

    private static boolean dniLetterMatches(String eightDigits, char letter) {
        return DNI_LETTERS.charAt(Integer.parseInt(eightDigits) % 23) == letter;
    }

    private static boolean cifControlMatches(String cif) {
        int sum = 0;
        for (int i = 1; i <= 7; i++) {
            int d = digit(cif, i);
            if (i % 2 == 1) { // 1st, 3rd, 5th and 7th digit: add the digits of twice the digit
                d *= 2;
                d = d / 10 + d % 10;
            }
            sum += d;
        }
        int control = (10 - sum % 10) % 10;
        char kind = cif.charAt(0);
        char given = cif.charAt(8);
        boolean digitMatches = given == (char) ('0' + control);
        boolean letterMatches = given == CIF_LETTERS.charAt(control);
        if ("KPQSNWR".indexOf(kind) >= 0) {
            return letterMatches;
        }
        if ("ABEH".indexOf(kind) >= 0) {
            return digitMatches;
        }
        return digitMatches || letterMatches;
    }

    private static boolean accountKeyMatches(String twentyThreeDigits) {
        int[] weights = {7, 1, 3};
        int sum = 0;
        for (int i = 0; i < twentyThreeDigits.length(); i++) {
            sum += digit(twentyThreeDigits, i) * weights[i % 3];
        }
        return sum % 10 == 0;
    }

    private static boolean isBik(String bik) {
        return bik.length() == 9 && allDigits(bik);
    }

    private static String compact(String value) {
        StringBuilder out = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c != '.' && c != '-' && !Character.isWhitespace(c) && !Character.isSpaceChar(c)) {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static boolean allDigits(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    private static int digit(String value, int index) {
        return value.charAt(index) - '0';
    }

    private static Optional<String> ok() {
        return Optional.empty();
    }

    private static Optional<String> error(String message) {
        return Optional.of(message);
    }

    private static Map.Entry<String, VatFormat> vat(String country, String regex, String description) {
        return Map.entry(country, new VatFormat(Pattern.compile(regex), description));
    }

    private record VatFormat(Pattern pattern, String description) {
    }
}
