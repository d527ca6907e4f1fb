package org.atriumcrm.core.quality.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Valid numbers here are made up, their check digits computed by hand. */
class VatNumbersTest {

    @ParameterizedTest
    @ValueSource(strings = {"ESB12345674", "ES12345678Z", "DE812345673", "DE 136 695 976", "FR83404833048", "FR03552081317",
            "IT01234567897", "IT12345678903", "PT501234560", "PT987654322", "NL123456782B01", "BE0412345614", "BE0876543270",
            "PL5260001298", "GB123456782", "GB987654353", "GBGD123", "ATU12345678", "el123456789", "GR123456789",
            "CHE-116.281.710 MWST", "CHE116281710", "CHE 116 281 710 TVA", "NO923609016MVA", "NO 923 609 016"})
    void validVatNumbers(String vat) {
        assertEquals(TaxIdCheck.Status.VALID, VatNumbers.check(vat).status(), vat);
    }

    @ParameterizedTest
    @ValueSource(strings = {"ESB12345675", "DE812345674", "FR84404833048", "IT01234567898", "PT501234561", "NL123456783B01",
            "BE0412345615", "PL5260001299", "GB123456783", "GBGD987",
            "CHE-116.281.711", "NO923609017 MVA"})
    void wrongCheckDigits(String vat) {
        assertEquals(TaxIdCheck.Status.WRONG_CHECKSUM, VatNumbers.check(vat).status(), vat);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "DE", "DE12345678", "XX123456789", "B12345674", "ESB1234567", "CH116281710", "CHE11628171",
            "NO92360901", "NO923609016VAT"})
    void wrongForms(String vat) {
        assertEquals(TaxIdCheck.Status.BAD_FORMAT, VatNumbers.check(vat).status(), vat);
    }

    @Test
    void swissAndNorwegianNumbersAreKeptWithoutTheirVatSuffix() {
        assertEquals("CHE116281710", VatNumbers.check("CHE-116.281.710 MWST").value());
        assertEquals("NO923609016", VatNumbers.check("NO 923 609 016 MVA").value());
    }

    @Test
    void greekNumbersAreReadWithThePrefixEl() {
        assertEquals("EL123456789", VatNumbers.check("GR 123 456 789").value());
    }
}
