package org.atriumcrm.core.quality.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PhoneNormalizerTest {

    private final PhoneNormalizer spb = new PhoneNormalizer("RU", "812");
    private final PhoneNormalizer russia = new PhoneNormalizer("RU", "");

    @ParameterizedTest
    @ValueSource(strings = {"8 812 123-45-67", "+7 (812) 123-45-67", "+7 812 1234567", "8(812)1234567", "78121234567",
            "123-45-67", "1234567", "tel:+78121234567", "+7 812 123-45-67 доб. 123", "8 812 123 45 67 ext. 9"})
    void everySpellingOfOneSaintPetersburgNumberGivesOneE164(String typed) {
        assertEquals(Optional.of("+78121234567"), spb.toE164(typed));
    }

    @Test
    void theDefaultAreaCodeIsAddedOnlyToLocalNumbersOfTheDefaultRegion() {
        assertEquals(Optional.of("+79161234567"), spb.toE164("8 (916) 123-45-67"), "a full national number keeps its own code");
        assertEquals(Optional.of("+74951234567"), spb.toE164("+7 495 123 45 67"));
        assertEquals(Optional.empty(), russia.toE164("123-45-67"), "without an area code a local number is not a whole number");
        assertEquals(Optional.empty(), spb.toE164("45-67", "RU"));
    }

    @Test
    void spanishNumbersAreReadInTheClientsRegion() {
        assertEquals(Optional.of("+34912345678"), spb.toE164("912 345 678", "ES"));
        assertEquals(Optional.of("+34612345678"), spb.toE164("+34 612 34 56 78"));
        assertEquals(Optional.of("+34612345678"), spb.toE164("0034 612 345 678", "ES"), "00 is Spain's international prefix");
    }

    @Test
    void aSpanishClientsNumberIsReadInSpainOnARussianDefaultAtrium() {
        PhoneNormalizer moscow = new PhoneNormalizer("RU", "495");
        assertEquals(Optional.of("+34667017194"), moscow.toE164("0034 667 017 194", "ES"));
        assertEquals(Optional.of("+34667017194"), moscow.toE164("667 017 194", "ES"));
        assertEquals(Optional.of("+34667017194"), moscow.toE164("+34 667 017 194", "ES"));
        assertEquals(PhoneNormalizer.Status.VALID, moscow.check("667 017 194", "ES").status());
        assertEquals(Optional.of("+74951234567"), moscow.toE164("8 495 123-45-67", "ES"), "a Russian number of a Spanish client");
        assertEquals(Optional.empty(), moscow.toE164("667 017 194", null), "without the client's country it is no whole Russian number");
    }

    @Test
    void numbersDialledFromAbroadAreReadAfterTheInternationalPrefix00Or810InAnyRegion() {
        assertEquals(Optional.of("+34667017194"), spb.toE164("0034 667 017 194"), "00 is not Russia's prefix, but people dial it");
        assertEquals(Optional.of("+34667017194"), spb.toE164("810 34 667 017 194"), "810 is Russia's");
        assertEquals(Optional.of("+34667017194"), spb.toE164("8-10-34-667-017-194", "ES"));
        PhoneNormalizer madrid = new PhoneNormalizer("ES", "");
        assertEquals(Optional.of("+78121234567"), madrid.toE164("810 7 812 123-45-67"));
        assertEquals(Optional.of("+78121234567"), madrid.toE164("00 7 812 123 45 67"));
        assertEquals(Optional.of("+34912345678"), madrid.toE164("912 345 678"), "a national number stays national");
    }

    @Test
    void aNumberInvalidEverywhereIsNotRead() {
        assertEquals(Optional.empty(), spb.toE164("0034 12"));
        assertEquals(Optional.empty(), spb.toE164("810 999"));
        assertEquals(Optional.empty(), spb.toE164("0000 000 000 000 000", "ES"));
    }

    @Test
    void englishAndAmericanNumbers() {
        assertEquals(Optional.of("+442079460958"), spb.toE164("020 7946 0958", "GB"));
        assertEquals(Optional.of("+442079460958"), spb.toE164("+44 (0)20 7946 0958"));
        assertEquals(Optional.of("+12125550143"), spb.toE164("(212) 555-0143", "US"));
        assertEquals(Optional.of("+12125550143"), spb.toE164("+1-212-555-0143"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"ivan@alfa.ru", "", "  ", "звонить вечером", "12"})
    void textThatIsNoPhoneGivesNothing(String typed) {
        assertEquals(Optional.empty(), spb.toE164(typed));
    }

    @Test
    void aValidNumberPassesTheCheck() {
        PhoneNormalizer.Verdict verdict = spb.check("8 812 123-45-67", null);
        assertEquals(PhoneNormalizer.Status.VALID, verdict.status());
        assertEquals("+78121234567", verdict.e164());
    }

    @Test
    void aNumberWithADigitTooFewIsInvalidWithoutAGuess() {
        PhoneNormalizer.Verdict verdict = russia.check("8 812 123-45-6", null);
        assertEquals(PhoneNormalizer.Status.INVALID, verdict.status());
        assertNull(verdict.suggestion());
    }

    @Test
    void aCountryCodeTypedWithoutItsPlusIsSuggestedWithIt() {
        PhoneNormalizer.Verdict verdict = russia.check("34 912 345 678", null);
        assertEquals(PhoneNormalizer.Status.INVALID, verdict.status());
        assertEquals("+34 912 34 56 78", verdict.suggestion());
    }

    @Test
    void aLocalNumberWithoutAreaCodeConfiguredIsInvalidAndFixedWithTheAreaCodeWhenThereIsOne() {
        assertEquals(PhoneNormalizer.Status.INVALID, russia.check("123-45-67", null).status());
        assertEquals(PhoneNormalizer.Status.VALID, spb.check("123-45-67", null).status());
    }

    @Test
    void anEmailIsNotAPhone() {
        assertEquals(PhoneNormalizer.Status.NOT_A_PHONE, spb.check("ivan@alfa.ru", null).status());
        assertTrue(PhoneNormalizer.looksLikePhone("+7 812 123-45-67 доб. 12"));
        assertTrue(!PhoneNormalizer.looksLikePhone("ivan@alfa.ru"));
    }

    @Test
    void theRegionOfANumberIsKnownFromItsCountryCode() {
        assertEquals("ES", PhoneNormalizer.regionOf("+34912345678"));
        assertEquals("RU", PhoneNormalizer.regionOf("+78121234567"));
    }
}
