package org.atriumcrm.core.quality.internal;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Bank identifiers: IBAN (mod 97), BIC, the Russian BIK and the control keys of Russian settlement
 * and correspondent accounts, which depend on the bank's BIK. Each check takes a value, ignores
 * spaces, dots and dashes, and gives empty when it is valid, else what is wrong with it.
 */
public final class BankIds {

    private static final Pattern IBAN = Pattern.compile("[A-Z]{2}\\d{2}[A-Z0-9]{11,30}");
    private static final Pattern BIC = Pattern.compile("[A-Z]{4}[A-Z]{2}[A-Z0-9]{2}([A-Z0-9]{3})?");
    private static final int[] ACCOUNT_KEY_WEIGHTS = {7, 1, 3};

    private BankIds() {
    }

    /** IBAN: country letters, 2 check digits, up to 30 letters or digits, and the mod-97 check. */
    public static Optional<String> iban(String value) {
        String iban = TaxIdCheck.compact(value);
        if (iban.length() < 15 || iban.length() > 34) {
            return Optional.of("must have 15 to 34 characters");
        }
        if (!IBAN.matcher(iban).matches()) {
            return Optional.of("must be 2 letters, 2 digits and then only letters and digits");
        }
        String rearranged = iban.substring(4) + iban.substring(0, 4);
        int remainder = 0;
        for (int i = 0; i < rearranged.length(); i++) {
            char c = rearranged.charAt(i);
            remainder = c <= '9'
                    ? (remainder * 10 + (c - '0')) % 97
                    : (remainder * 100 + (c - 'A' + 10)) % 97;
        }
        return remainder == 1 ? Optional.empty() : Optional.of("has wrong check digits");
    }

    /** BIC (SWIFT code): bank, country and location codes, optionally a branch code; 8 or 11 characters. */
    public static Optional<String> bic(String value) {
        String bic = TaxIdCheck.compact(value);
        if (bic.length() != 8 && bic.length() != 11) {
            return Optional.of("must have 8 or 11 characters");
        }
        return BIC.matcher(bic).matches() ? Optional.empty() : Optional.of("must be 6 letters followed by 2 or 5 letters or digits");
    }

    /** Russian bank BIK: 9 digits starting with 04. */
    public static Optional<String> russianBik(String value) {
        String bik = TaxIdCheck.compact(value);
        if (bik.length() != 9 || !TaxIdCheck.allDigits(bik)) {
            return Optional.of("must have 9 digits");
        }
        return bik.startsWith("04") ? Optional.empty() : Optional.of("must start with 04");
    }

    /** Russian settlement account: 20 digits whose control key matches the bank's BIK (unchecked without a BIK). */
    public static Optional<String> russianSettlementAccount(String bik, String account) {
        String b = TaxIdCheck.compact(bik);
        String a = TaxIdCheck.compact(account);
        if (a.length() != 20 || !TaxIdCheck.allDigits(a)) {
            return Optional.of("must have 20 digits");
        }
        if (!isBik(b)) {
            return Optional.empty();
        }
        return accountKeyMatches(b.substring(6, 9) + a) ? Optional.empty() : Optional.of("has a wrong control key for this BIK");
    }

    /** Russian correspondent account: 20 digits starting with 301 whose control key matches the BIK. */
    public static Optional<String> russianCorrespondentAccount(String bik, String account) {
        String b = TaxIdCheck.compact(bik);
        String a = TaxIdCheck.compact(account);
        if (a.length() != 20 || !TaxIdCheck.allDigits(a)) {
            return Optional.of("must have 20 digits");
        }
        if (!a.startsWith("301")) {
            return Optional.of("must start with 301");
        }
        if (!isBik(b)) {
            return Optional.empty();
        }
        return accountKeyMatches("0" + b.substring(4, 6) + a) ? Optional.empty() : Optional.of("has a wrong control key for this BIK");
    }

    private static boolean accountKeyMatches(String twentyThreeDigits) {
        int sum = 0;
        for (int i = 0; i < twentyThreeDigits.length(); i++) {
            sum += TaxIdCheck.digit(twentyThreeDigits, i) * ACCOUNT_KEY_WEIGHTS[i % 3];
        }
        return sum % 10 == 0;
    }

    private static boolean isBik(String bik) {
        return bik.length() == 9 && TaxIdCheck.allDigits(bik);
    }
}
