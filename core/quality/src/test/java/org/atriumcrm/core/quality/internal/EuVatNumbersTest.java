package org.atriumcrm.core.quality.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Valid numbers here are made up, their check digits computed by hand. */
class EuVatNumbersTest {

    @ParameterizedTest
    @ValueSource(strings = {"ESB12345674", "ES12345678Z", "DE812345673", "DE 136 695 976", "FR83404833048", "FR03552081317",
            "IT01234567897", "IT12345678903", "PT501234560", "PT987654322", "NL123456782B01", "BE0412345614", "BE0876543270",
            "PL5260001298", "GB123456782", "GB987654353", "GBGD123", "ATU12345678", "el123456789", "GR123456789"})
    void validVatNumbers(String vat) {
        assertEquals(TaxIdCheck.Status.VALID, EuVatNumbers.check(vat).status(), vat);
    }

    @ParameterizedTest
    @ValueSource(strings = {"ESB12345675", "DE812345674", "FR84404833048", "IT01234567898", "PT501234561", "NL123456783B01",
            "BE0412345615", "PL5260001299", "GB123456783", "GBGD987"})
    void wrongCheckDigits(String vat) {
        assertEquals(TaxIdCheck.Status.WRONG_CHECKSUM, EuVatNumbers.check(vat).status(), vat);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "DE", "DE12345678", "XX123456789", "B12345674", "ESB1234567"})
    void wrongForms(String vat) {
        assertEquals(TaxIdCheck.Status.BAD_FORMAT, EuVatNumbers.check(vat).status(), vat);
    }

    @Test
    void greekNumbersAreReadWithThePrefixEl() {
        assertEquals("EL123456789", EuVatNumbers.check("GR 123 456 789").value());
    }
}
