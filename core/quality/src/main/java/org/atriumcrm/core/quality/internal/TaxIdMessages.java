package org.atriumcrm.core.quality.internal;

import java.util.Optional;

import org.atriumcrm.core.quality.TaxIds;

/**
 * The checks behind {@link TaxIds}: the same checksums and forms as the bad-data report's, said as
 * a refusal ("has a wrong check digit"), empty for a valid value.
 */
public final class TaxIdMessages {

    private static final String WRONG_CHECK_DIGIT = "has a wrong check digit";

    private TaxIdMessages() {
    }

    public static Optional<String> inn(String value) {
        return message(RussianTaxIds.inn(value), "must have 10 or 12 digits", WRONG_CHECK_DIGIT);
    }

    public static Optional<String> kpp(String value) {
        String kpp = TaxIdCheck.compact(value);
        if (kpp.length() != 9) {
            return Optional.of("must have 9 characters");
        }
        return message(RussianTaxIds.kpp(kpp), "must be 4 digits, 2 digits or capital Latin letters, and 3 digits", null);
    }

    public static Optional<String> ogrn(String value) {
        return message(RussianTaxIds.ogrn(value), "must have 13 digits (OGRN) or 15 digits (OGRNIP)", WRONG_CHECK_DIGIT);
    }

    public static Optional<String> spanishTaxId(String value) {
        TaxIdCheck nif = SpanishTaxIds.nif(value);
        return message(nif, "must be a NIF (8 digits and a letter), NIE (X, Y or Z, 7 digits and a letter)"
                + " or CIF (a letter, 7 digits and a control character)",
                "CIF".equals(nif.kind()) ? "has a wrong control character" : "has a wrong control letter");
    }

    /** The form only: a wrong check digit of a VAT number is bad data to report (with its correction), not a refusal. */
    public static Optional<String> vatNumber(String value) {
        TaxIdCheck vat = VatNumbers.check(value);
        if (vat.status() != TaxIdCheck.Status.BAD_FORMAT) {
            return Optional.empty();
        }
        String form = VatNumbers.formOf(value);
        if (form == null) {
            return Optional.of("must start with a country code such as DE, ES, GB or CH");
        }
        return Optional.of("must be " + vat.value().substring(0, 2) + " followed by " + form);
    }

    private static Optional<String> message(TaxIdCheck check, String badFormat, String wrongChecksum) {
        return switch (check.status()) {
            case VALID -> Optional.empty();
            case WRONG_CHECKSUM -> Optional.of(wrongChecksum);
            case BAD_FORMAT -> Optional.of(badFormat);
        };
    }
}
