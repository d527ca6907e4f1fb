package org.atriumcrm.core.quality.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Valid numbers here are made up, their control characters computed by hand. */
class SpanishTaxIdsTest {

    @ParameterizedTest
    @CsvSource({"12345678Z, DNI", "87654321X, DNI", "00123456S, DNI", "123456S, DNI", "12.345.678-Z, DNI", "x1234567l, NIE",
            "Y7654321G, NIE", "Z0000001Y, NIE", "B12345674, CIF", "Q2826000H, CIF", "G76543214, CIF",
            "G7654321D, CIF", "B-87654323, CIF", "ESB12345674, CIF"})
    void validNifs(String nif, String kind) {
        TaxIdCheck check = SpanishTaxIds.nif(nif);
        assertEquals(TaxIdCheck.Status.VALID, check.status(), nif);
        assertEquals(kind, check.kind());
    }

    @Test
    void aWrongDniLetterIsFoundAndTheRightOneShown() {
        TaxIdCheck check = SpanishTaxIds.nif("12345678A");
        assertEquals(TaxIdCheck.Status.WRONG_CHECKSUM, check.status());
        assertEquals("12345678Z", check.corrected());
        assertEquals("X1234567L", SpanishTaxIds.nif("X1234567T").corrected());
    }

    @Test
    void aWrongCifControlIsFound() {
        assertEquals(TaxIdCheck.Status.WRONG_CHECKSUM, SpanishTaxIds.nif("B12345675").status());
        assertEquals("B12345674", SpanishTaxIds.nif("B12345675").corrected());
        assertEquals(TaxIdCheck.Status.WRONG_CHECKSUM, SpanishTaxIds.nif("B1234567D").status(), "companies' control is a digit");
        assertEquals(TaxIdCheck.Status.WRONG_CHECKSUM, SpanishTaxIds.nif("Q28260008").status(), "public bodies' control is a letter");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "1234567890", "ABCDEFGHI", "I1234567A", "X12345678"})
    void whatHasNoNifFormIsBadFormat(String nif) {
        assertEquals(TaxIdCheck.Status.BAD_FORMAT, SpanishTaxIds.nif(nif).status());
    }
}
