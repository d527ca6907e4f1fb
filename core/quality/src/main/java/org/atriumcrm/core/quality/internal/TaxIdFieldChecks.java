package org.atriumcrm.core.quality.internal;

import java.util.List;
import java.util.Locale;

import org.atriumcrm.core.api.LegalEntity;
import org.atriumcrm.core.quality.QualityIssue;
import org.atriumcrm.core.quality.QualityIssueType;
import org.atriumcrm.core.quality.SuggestedFix;
import org.atriumcrm.core.quality.SuggestedFix.Action;

/** The tax id fields of a legal entity: INN, OGRN, KPP, NIF and VAT number, by their checksums and forms. */
final class TaxIdFieldChecks {

    private TaxIdFieldChecks() {
    }

    static void check(String prefix, LegalEntity entity, List<QualityIssue> issues) {
        if (present(entity.inn())) {
            TaxIdCheck inn = RussianTaxIds.inn(entity.inn());
            if (inn.status() == TaxIdCheck.Status.BAD_FORMAT && RussianTaxIds.ogrn(entity.inn()).isValid()) {
                wrongField(prefix + "inn", entity.inn(), "is an OGRN, not an INN", prefix + "ogrn", issues);
            } else {
                report(prefix + "inn", entity.inn(), inn, "10 or 12 digits", issues);
            }
        }
        if (present(entity.ogrn())) {
            TaxIdCheck ogrn = RussianTaxIds.ogrn(entity.ogrn());
            if (ogrn.status() == TaxIdCheck.Status.BAD_FORMAT && RussianTaxIds.inn(entity.ogrn()).isValid()) {
                wrongField(prefix + "ogrn", entity.ogrn(), "is an INN, not an OGRN", prefix + "inn", issues);
            } else {
                report(prefix + "ogrn", entity.ogrn(), ogrn, "13 digits (15 for an entrepreneur)", issues);
            }
        }
        if (present(entity.kpp())) {
            report(prefix + "kpp", entity.kpp(), RussianTaxIds.kpp(entity.kpp()), "9 characters: 4 digits, 2 digits or letters, 3 digits",
                    issues);
        }
        String country = entity.country() == null ? "" : entity.country().strip().toUpperCase(Locale.ROOT);
        if (present(entity.taxId()) && (country.isEmpty() || country.equals("ES"))) {
            TaxIdCheck nif = SpanishTaxIds.nif(entity.taxId());
            if (nif.status() == TaxIdCheck.Status.BAD_FORMAT && RussianTaxIds.inn(entity.taxId()).isValid()) {
                wrongField(prefix + "taxId", entity.taxId(), "is a Russian INN, not a Spanish NIF", prefix + "inn", issues);
            } else if (nif.status() != TaxIdCheck.Status.BAD_FORMAT || !VatNumbers.check(entity.taxId()).isValid()) {
                report(prefix + "taxId", entity.taxId(), nif, "a DNI, NIE or CIF such as B12345674", issues);
            }
        }
        if (present(entity.vatNumber())) {
            TaxIdCheck vat = VatNumbers.check(entity.vatNumber());
            if (vat.status() == TaxIdCheck.Status.WRONG_CHECKSUM && vat.value().startsWith("ES")) {
                TaxIdCheck nif = SpanishTaxIds.nif(vat.value().substring(2));
                vat = TaxIdCheck.wrongChecksum("VAT", vat.value(), nif.corrected() == null ? null : "ES" + nif.corrected());
            }
            report(prefix + "vatNumber", entity.vatNumber(), vat, "a country prefix and the national number, e.g. ESB12345674",
                    issues);
        }
    }

    private static void report(String field, String typed, TaxIdCheck check, String form, List<QualityIssue> issues) {
        switch (check.status()) {
            case VALID -> {
                // nothing to say
            }
            case WRONG_CHECKSUM -> issues.add(new QualityIssue(field, QualityIssueType.WRONG_CHECKSUM,
                    "has a wrong check digit", typed, check.corrected() == null ? null
                            : new SuggestedFix(Action.REPLACE, field, List.of(check.corrected()),
                                    "the check digit these digits give; compare the number with the documents")));
            case BAD_FORMAT -> issues.add(new QualityIssue(field, QualityIssueType.INVALID_TAX_ID, "must be " + form, typed, null));
        }
    }

    private static void wrongField(String field, String typed, String message, String target, List<QualityIssue> issues) {
        issues.add(new QualityIssue(field, QualityIssueType.TAX_ID_IN_WRONG_FIELD, message, typed,
                new SuggestedFix(Action.MOVE, target, List.of(TaxIdCheck.compact(typed)), null)));
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }
}
