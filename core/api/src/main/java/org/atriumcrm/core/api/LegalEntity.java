package org.atriumcrm.core.api;

/**
 * One legal entity of a client with its requisites, so an invoice can name one entity and a
 * delivery another. Tax ids are checked by their checksums.
 *
 * @param id       {@code null} for a new entity; the id of an existing one to keep it
 * @param country  ISO 3166 code of the country of registration
 * @param inn      Russian taxpayer number (10 digits for companies, 12 for individuals)
 * @param kpp      Russian tax registration reason code
 * @param ogrn     Russian state registration number (13 digits, 15 for individual entrepreneurs)
 * @param taxId    Spanish NIF, CIF or NIE
 * @param vatNumber VAT number with its country prefix, e.g. {@code ESA58818501}, {@code GB123456782}, {@code CHE116281710MWST}
 */
public record LegalEntity(
        String id,
        String name,
        String country,
        String inn,
        String kpp,
        String ogrn,
        String taxId,
        String vatNumber,
        String legalAddress,
        BankDetails bank) {
}
