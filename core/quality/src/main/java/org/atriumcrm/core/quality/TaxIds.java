package org.atriumcrm.core.quality;

import java.util.Optional;

import org.atriumcrm.core.quality.internal.BankIds;
import org.atriumcrm.core.quality.internal.TaxIdMessages;

/**
 * The checks of company and bank identifiers that core applies when it stores a legal entity, the
 * same that match keys and the bad-data report apply: Russian INN, KPP, OGRN/OGRNIP; Spanish NIF,
 * NIE, CIF; VAT numbers of the EU, the United Kingdom, Switzerland and Norway; IBAN, BIC, Russian BIK
 * and account keys. Each takes a value as typed (spaces, dots and dashes ignored) and gives empty
 * when it is valid, else a short message to show beside the field, such as "has a wrong check digit".
 */
public final class TaxIds {

    private TaxIds() {
    }

    /** Russian INN: 10 digits (organisation) or 12 (person), with their check digits. */
    public static Optional<String> inn(String value) {
        return TaxIdMessages.inn(value);
    }

    /** Russian KPP: 4 digits, 2 digits or capital Latin letters, 3 digits (no check digit exists). */
    public static Optional<String> kpp(String value) {
        return TaxIdMessages.kpp(value);
    }

    /** Russian OGRN (13 digits, mod 11) or OGRNIP (15 digits, mod 13). */
    public static Optional<String> ogrn(String value) {
        return TaxIdMessages.ogrn(value);
    }

    /** Spanish NIF (DNI), NIE or CIF, with its control letter or digit. */
    public static Optional<String> spanishTaxId(String value) {
        return TaxIdMessages.spanishTaxId(value);
    }

    /**
     * The form of a VAT number with its country prefix: EU members' forms as VIES lists them, GB and
     * XI (9 or 12 digits, or GD or HA and 3), CH (CHE and 9 digits, with MWST, TVA or IVA or not) and
     * NO (9 digits, with MVA or not). A wrong check digit (ES, DE, FR, IT, PT, NL, BE, PL, GB, CH, NO)
     * is not refused here: {@link DataQuality} reports it with the digit it should be where it can.
     */
    public static Optional<String> vatNumber(String value) {
        return TaxIdMessages.vatNumber(value);
    }

    /** IBAN with its mod-97 check digits. */
    public static Optional<String> iban(String value) {
        return BankIds.iban(value);
    }

    /** BIC (SWIFT code) of 8 or 11 characters. */
    public static Optional<String> bic(String value) {
        return BankIds.bic(value);
    }

    /** Russian bank BIK: 9 digits starting with 04. */
    public static Optional<String> russianBik(String value) {
        return BankIds.russianBik(value);
    }

    /** Russian settlement account: 20 digits whose control key matches the bank's BIK (not checked without a valid BIK). */
    public static Optional<String> russianSettlementAccount(String bik, String account) {
        return BankIds.russianSettlementAccount(bik, account);
    }

    /** Russian correspondent account: 20 digits starting with 301 whose control key matches the BIK. */
    public static Optional<String> russianCorrespondentAccount(String bik, String account) {
        return BankIds.russianCorrespondentAccount(bik, account);
    }
}
