package org.atriumcrm.core.store.internal.clients;

import org.atriumcrm.core.api.FieldError;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.atriumcrm.core.api.BankDetails;
import org.atriumcrm.core.api.LegalEntity;
import org.atriumcrm.core.quality.TaxIds;
import org.atriumcrm.core.store.internal.search.SearchKeys;
import org.atriumcrm.core.store.internal.support.FieldChecks;

/**
 * The legal entities of a client draft: every tax id and bank identifier checked by its checksum
 * or format, kept in its compact form (no spaces, dots or dashes; upper case), and searchable.
 */
public final class LegalEntityChecks {

    static final int ENTITIES_MAX = 20;
    private static final Pattern SEPARATORS = Pattern.compile("[\\s.\\-]");

    private LegalEntityChecks() {
    }

    static List<LegalEntity> legalEntities(FieldChecks checks, List<LegalEntity> typed, Set<String> keys) {
        List<LegalEntity> entities = new ArrayList<>();
        if (!checks.withinSize("legalEntities", typed, ENTITIES_MAX)) {
            return entities;
        }
        for (int i = 0; i < typed.size(); i++) {
            String field = "legalEntities[" + i + "]";
            LegalEntity entity = typed.get(i);
            if (entity == null) {
                checks.add(field, FieldError.EMPTY, "is empty");
                continue;
            }
            String inn = taxId(entity.inn(), keys);
            checks.rule(field + ".inn", inn, TaxIds::inn);
            String kpp = compact(entity.kpp());
            checks.rule(field + ".kpp", kpp, TaxIds::kpp);
            String ogrn = taxId(entity.ogrn(), keys);
            checks.rule(field + ".ogrn", ogrn, TaxIds::ogrn);
            String taxId = taxId(entity.taxId(), keys);
            checks.rule(field + ".taxId", taxId, TaxIds::spanishTaxId);
            String vat = taxId(entity.vatNumber(), keys);
            checks.rule(field + ".vatNumber", vat, TaxIds::vatNumber);
            entities.add(new LegalEntity(FieldChecks.trimmed(entity.id()),
                    checks.required(field + ".name", entity.name(), 300),
                    ClientValidator.country(checks, field + ".country", entity.country()),
                    inn, kpp, ogrn, taxId, vat,
                    checks.text(field + ".legalAddress", entity.legalAddress(), 500),
                    bank(checks, field + ".bank", entity.bank())));
        }
        return entities;
    }

    private static BankDetails bank(FieldChecks checks, String field, BankDetails bank) {
        if (bank == null) {
            return null;
        }
        String bik = compact(bank.bik());
        checks.rule(field + ".bik", bik, TaxIds::russianBik);
        String account = compact(bank.account());
        String correspondent = compact(bank.correspondentAccount());
        String iban = compact(bank.iban());
        String bic = compact(bank.bic());
        checks.rule(field + ".iban", iban, TaxIds::iban);
        checks.rule(field + ".bic", bic, TaxIds::bic);
        checks.rule(field + ".correspondentAccount", correspondent,
                value -> TaxIds.russianCorrespondentAccount(bik == null ? "" : bik, value));
        if (iban == null) {
            // a Russian settlement account; elsewhere the account field holds a local account number
            checks.rule(field + ".account", bik == null ? null : account,
                    value -> TaxIds.russianSettlementAccount(bik, value));
        }
        return new BankDetails(checks.text(field + ".bankName", bank.bankName(), 200), bik,
                checks.text(field + ".account", account, 34), correspondent, bic, iban);
    }

    /** The compact form of a tax id, also kept as a search key ({@code t:7707083893}); its rule checks its length. */
    private static String taxId(String value, Set<String> keys) {
        String compact = compact(value);
        if (compact != null) {
            keys.add(SearchKeys.taxId(compact));
        }
        return compact;
    }

    public static String compact(String value) {
        String text = FieldChecks.trimmed(value);
        return text == null ? null : SEPARATORS.matcher(text).replaceAll("").toUpperCase(Locale.ROOT);
    }
}
