package org.atriumcrm.core.quality.internal;

import java.util.regex.Pattern;

/**
 * Russian company numbers and their check digits: INN (taxpayer number, 10 digits for an
 * organisation, 12 for a person or entrepreneur), OGRN (state registration, 13 digits) and OGRNIP
 * (of an entrepreneur, 15 digits); KPP has no check digit, only a form.
 */
final class RussianTaxIds {

    private static final int[] INN_10 = {2, 4, 10, 3, 5, 9, 4, 6, 8};
    private static final int[] INN_11 = {7, 2, 4, 10, 3, 5, 9, 4, 6, 8};
    private static final int[] INN_12 = {3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8};
    private static final Pattern KPP = Pattern.compile("\\d{4}[0-9A-Z]{2}\\d{3}");

    private RussianTaxIds() {
    }

    static TaxIdCheck inn(String typed) {
        String inn = TaxIdCheck.compact(typed);
        if (!TaxIdCheck.allDigits(inn) || inn.length() != 10 && inn.length() != 12) {
            return TaxIdCheck.badFormat("INN", inn);
        }
        String expected;
        if (inn.length() == 10) {
            expected = inn.substring(0, 9) + weighted(inn, INN_10);
        } else {
            String eleven = inn.substring(0, 10) + weighted(inn, INN_11);
            expected = eleven + weighted(eleven, INN_12);
        }
        return expected.equals(inn) ? TaxIdCheck.valid("INN", inn) : TaxIdCheck.wrongChecksum("INN", inn, expected);
    }

    /** OGRN of 13 digits or OGRNIP of 15. */
    static TaxIdCheck ogrn(String typed) {
        String ogrn = TaxIdCheck.compact(typed);
        if (!TaxIdCheck.allDigits(ogrn) || ogrn.length() != 13 && ogrn.length() != 15) {
            return TaxIdCheck.badFormat("OGRN", ogrn);
        }
        String kind = ogrn.length() == 13 ? "OGRN" : "OGRNIP";
        int modulus = ogrn.length() == 13 ? 11 : 13;
        String body = ogrn.substring(0, ogrn.length() - 1);
        long check = Long.parseLong(body) % modulus % 10;
        String expected = body + check;
        return expected.equals(ogrn) ? TaxIdCheck.valid(kind, ogrn) : TaxIdCheck.wrongChecksum(kind, ogrn, expected);
    }

    static TaxIdCheck kpp(String typed) {
        String kpp = TaxIdCheck.compact(typed);
        return KPP.matcher(kpp).matches() ? TaxIdCheck.valid("KPP", kpp) : TaxIdCheck.badFormat("KPP", kpp);
    }

    /** Σ digit × weight over the first weights.length digits, mod 11, mod 10. */
    private static int weighted(String digits, int[] weights) {
        int sum = 0;
        for (int i = 0; i < weights.length; i++) {
            sum += TaxIdCheck.digit(digits, i) * weights[i];
        }
        return sum % 11 % 10;
    }
}
