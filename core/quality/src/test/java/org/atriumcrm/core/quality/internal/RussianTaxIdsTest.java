package org.atriumcrm.core.quality.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Valid numbers here are made up, their check digits computed by hand from the published weights. */
class RussianTaxIdsTest {

    @ParameterizedTest
    @ValueSource(strings = {"7701234560", "7812345675", "5029876544", "77 0123 4560", "7701-234-560"})
    void organisationInnsWithTheirCheckDigit(String inn) {
        assertEquals(TaxIdCheck.Status.VALID, RussianTaxIds.inn(inn).status());
    }

    @ParameterizedTest
    @ValueSource(strings = {"771234567859", "780123456724"})
    void personalInnsWithBothCheckDigits(String inn) {
        assertEquals(TaxIdCheck.Status.VALID, RussianTaxIds.inn(inn).status());
    }

    @Test
    void aWrongCheckDigitIsFoundAndTheRightOneShown() {
        TaxIdCheck check = RussianTaxIds.inn("7701234561");
        assertEquals(TaxIdCheck.Status.WRONG_CHECKSUM, check.status());
        assertEquals("7701234560", check.corrected());
        assertEquals(TaxIdCheck.Status.WRONG_CHECKSUM, RussianTaxIds.inn("7710234560").status(), "two digits swapped");
    }

    @Test
    void eachOfTheTwoCheckDigitsOfAPersonalInnCounts() {
        assertEquals(TaxIdCheck.Status.WRONG_CHECKSUM, RussianTaxIds.inn("771234567869").status(), "eleventh digit");
        assertEquals(TaxIdCheck.Status.WRONG_CHECKSUM, RussianTaxIds.inn("771234567858").status(), "twelfth digit");
        assertEquals("771234567859", RussianTaxIds.inn("771234567800").corrected());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "770123456", "77012345601", "77O1234560", "1234567890123"})
    void wrongLengthsAndLettersAreNoInn(String inn) {
        assertEquals(TaxIdCheck.Status.BAD_FORMAT, RussianTaxIds.inn(inn).status());
    }

    @ParameterizedTest
    @ValueSource(strings = {"1027700123450", "1177845123455", "5037700111114"})
    void ogrnsWithTheirCheckDigit(String ogrn) {
        TaxIdCheck check = RussianTaxIds.ogrn(ogrn);
        assertEquals(TaxIdCheck.Status.VALID, check.status());
        assertEquals("OGRN", check.kind());
    }

    @ParameterizedTest
    @ValueSource(strings = {"304780112345670", "316774600123454"})
    void ogrnipsWithTheirCheckDigit(String ogrnip) {
        TaxIdCheck check = RussianTaxIds.ogrn(ogrnip);
        assertEquals(TaxIdCheck.Status.VALID, check.status());
        assertEquals("OGRNIP", check.kind());
    }

    @Test
    void wrongOgrnCheckDigits() {
        assertEquals(TaxIdCheck.Status.WRONG_CHECKSUM, RussianTaxIds.ogrn("1027700123451").status());
        assertEquals("1027700123450", RussianTaxIds.ogrn("1027700123451").corrected());
        assertEquals(TaxIdCheck.Status.WRONG_CHECKSUM, RussianTaxIds.ogrn("304780112345671").status());
        assertEquals(TaxIdCheck.Status.BAD_FORMAT, RussianTaxIds.ogrn("7701234560").status());
    }

    @Test
    void kppHasAForm() {
        assertEquals(TaxIdCheck.Status.VALID, RussianTaxIds.kpp("770101001").status());
        assertEquals(TaxIdCheck.Status.VALID, RussianTaxIds.kpp("7701AB001").status());
        assertEquals(TaxIdCheck.Status.BAD_FORMAT, RussianTaxIds.kpp("77010100").status());
    }
}
