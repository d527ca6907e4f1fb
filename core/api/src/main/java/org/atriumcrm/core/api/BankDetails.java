package org.atriumcrm.core.api;

/**
 * Where a legal entity receives payments. Russian banks are named by BIK with a settlement and a
 * correspondent account; elsewhere by BIC and IBAN.
 */
public record BankDetails(
        String bankName,
        String bik,
        String account,
        String correspondentAccount,
        String bic,
        String iban) {
}
