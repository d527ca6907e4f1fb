package org.atriumcrm.core.quality.internal;

import java.util.regex.Pattern;

/**
 * Spanish tax ids (NIF) and their control characters: a person's DNI (8 digits and a letter, the
 * digits mod 23), a foreigner's NIE (X, Y or Z, 7 digits, a letter), the K/L/M forms, and a
 * company's CIF (a letter for the kind of entity, 7 digits, a control digit or letter).
 */
final class SpanishTaxIds {

    private static final String DNI_LETTERS = "TRWAGMYFPDXBNJZSQVHLCKE";
    private static final String CIF_LETTERS = "JABCDEFGHI";
    private static final Pattern DNI = Pattern.compile("\\d{8}[A-Z]");
    private static final Pattern SHORT_DNI = Pattern.compile("\\d{5,7}[A-Z]");
    private static final Pattern NIE = Pattern.compile("[XYZ]\\d{7}[A-Z]");
    private static final Pattern KLM = Pattern.compile("[KLM]\\d{7}[A-Z]");
    private static final Pattern CIF = Pattern.compile("[ABCDEFGHJNPQRSUVW]\\d{7}[0-9A-J]");
    /** Entity kinds whose control is always a letter (public bodies, foreign and non-resident entities …). */
    private static final String CIF_LETTER_CONTROL = "NPQRSW";
    /** Entity kinds whose control is always a digit (companies: S.A., S.L., partnerships, co-owners). */
    private static final String CIF_DIGIT_CONTROL = "ABEH";

    private SpanishTaxIds() {
    }

    /** Any Spanish NIF: DNI, NIE, K/L/M or CIF, with or without the ES prefix of a VAT number. */
    static TaxIdCheck nif(String typed) {
        String nif = TaxIdCheck.compact(typed);
        if (nif.startsWith("ES") && nif.length() == 11) {
            nif = nif.substring(2);
        }
        if (SHORT_DNI.matcher(nif).matches()) {
            nif = "0".repeat(9 - nif.length()) + nif; // leading zeros left out
        }
        if (DNI.matcher(nif).matches()) {
            return letterCheck("DNI", nif, nif.substring(0, 8));
        }
        if (NIE.matcher(nif).matches()) {
            return letterCheck("NIE", nif, "XYZ".indexOf(nif.charAt(0)) + nif.substring(1, 8));
        }
        if (KLM.matcher(nif).matches()) {
            return letterCheck("NIF", nif, nif.substring(1, 8));
        }
        if (CIF.matcher(nif).matches()) {
            return cif(nif);
        }
        return TaxIdCheck.badFormat("NIF", nif);
    }

    private static TaxIdCheck letterCheck(String kind, String nif, String digits) {
        char letter = DNI_LETTERS.charAt((int) (Long.parseLong(digits) % 23));
        String expected = nif.substring(0, nif.length() - 1) + letter;
        return expected.equals(nif) ? TaxIdCheck.valid(kind, nif) : TaxIdCheck.wrongChecksum(kind, nif, expected);
    }

    private static TaxIdCheck cif(String cif) {
        int sum = 0;
        for (int i = 1; i <= 7; i++) {
            int d = TaxIdCheck.digit(cif, i);
            if (i % 2 == 0) {
                sum += d;
            } else {
                int doubled = d * 2;
                sum += doubled / 10 + doubled % 10;
            }
        }
        int control = (10 - sum % 10) % 10;
        char asDigit = (char) ('0' + control);
        char asLetter = CIF_LETTERS.charAt(control);
        char kind = cif.charAt(0);
        char actual = cif.charAt(8);
        boolean valid;
        char expected;
        if (CIF_LETTER_CONTROL.indexOf(kind) >= 0) {
            valid = actual == asLetter;
            expected = asLetter;
        } else if (CIF_DIGIT_CONTROL.indexOf(kind) >= 0) {
            valid = actual == asDigit;
            expected = asDigit;
        } else {
            valid = actual == asDigit || actual == asLetter;
            expected = Character.isLetter(actual) ? asLetter : asDigit;
        }
        return valid ? TaxIdCheck.valid("CIF", cif) : TaxIdCheck.wrongChecksum("CIF", cif, cif.substring(0, 8) + expected);
    }
}
