package org.atriumcrm.core.store.internal.clients;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Table;

import org.atriumcrm.core.api.BankDetails;
import org.atriumcrm.core.api.LegalEntity;

/** Storage form of a {@link LegalEntity} and its bank details; owned by its client. */
@Entity
@Table(name = "atr_legal_entity")
public class LegalEntityEntity extends ClientPartEntity {

    @Column(name = "name", nullable = false, length = 300)
    private String name;

    @Column(name = "country", length = 2)
    private String country;

    @Column(name = "inn", length = 12)
    private String inn;

    @Column(name = "kpp", length = 9)
    private String kpp;

    @Column(name = "ogrn", length = 15)
    private String ogrn;

    @Column(name = "tax_id", length = 9)
    private String taxId;

    @Column(name = "vat_number", length = 20)
    private String vatNumber;

    @Column(name = "legal_address", length = 500)
    private String legalAddress;

    @Column(name = "bank_name", length = 200)
    private String bankName;

    @Column(name = "bik", length = 9)
    private String bik;

    @Column(name = "account", length = 34)
    private String account;

    @Column(name = "correspondent_account", length = 20)
    private String correspondentAccount;

    @Column(name = "bic", length = 11)
    private String bic;

    @Column(name = "iban", length = 34)
    private String iban;

    protected LegalEntityEntity() {
        // for JPA
    }

    LegalEntityEntity(String id, ClientEntity client) {
        super(id, client);
    }

    /** Takes every requisite of an already validated entity. */
    void apply(LegalEntity entity) {
        name = entity.name();
        country = entity.country();
        inn = entity.inn();
        kpp = entity.kpp();
        ogrn = entity.ogrn();
        taxId = entity.taxId();
        vatNumber = entity.vatNumber();
        legalAddress = entity.legalAddress();
        BankDetails bank = entity.bank();
        bankName = bank == null ? null : bank.bankName();
        bik = bank == null ? null : bank.bik();
        account = bank == null ? null : bank.account();
        correspondentAccount = bank == null ? null : bank.correspondentAccount();
        bic = bank == null ? null : bank.bic();
        iban = bank == null ? null : bank.iban();
    }

    LegalEntity toLegalEntity() {
        return legalEntity(id(), name, country, inn, kpp, ogrn, taxId, vatNumber, legalAddress,
                new BankDetails(bankName, bik, account, correspondentAccount, bic, iban));
    }

    /** A legal entity as stored: bank details with no value at all are no bank details. */
    static LegalEntity legalEntity(String id, String name, String country, String inn, String kpp, String ogrn, String taxId,
                                   String vatNumber, String legalAddress, BankDetails bank) {
        boolean hasBank = bank.bankName() != null || bank.bik() != null || bank.account() != null
                || bank.correspondentAccount() != null || bank.bic() != null || bank.iban() != null;
        return new LegalEntity(id, name, country, inn, kpp, ogrn, taxId, vatNumber, legalAddress, hasBank ? bank : null);
    }
}
