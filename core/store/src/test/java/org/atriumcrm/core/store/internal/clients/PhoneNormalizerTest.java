package org.atriumcrm.core.store.internal.clients;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PhoneNormalizerTest {

    private final PhoneNormalizer russian = new PhoneNormalizer("RU");

    @ParameterizedTest
    @ValueSource(strings = {"+7 (812) 123-45-67", "88121234567", "8 812 123 45 67", "+78121234567", "(812) 123-45-67", "7-812-123-45-67"})
    void readsOneStPetersburgNumberInEveryFormat(String typed) {
        assertEquals(Optional.of("+78121234567"), russian.toE164(typed));
    }

    @ParameterizedTest
    @ValueSource(strings = {"abc", "12", "ivan@mail.ru", "+7 812", ""})
    void refusesWhatCannotBeAPhone(String typed) {
        assertTrue(russian.toE164(typed).isEmpty());
    }

    @ParameterizedTest
    @ValueSource(strings = {"915 23 45 67", "+34 915 23 45 67", "0034 915234567"})
    void readsNumbersInTheConfiguredRegion(String typed) {
        assertEquals(Optional.of("+34915234567"), new PhoneNormalizer("ES").toE164(typed));
    }

    @ParameterizedTest
    @ValueSource(strings = {"123-45-67", "1234567", "(812) 123-45-67", "8 812 123 45 67"})
    void putsTheDefaultAreaCodeBeforeLocalNumbers(String typed) {
        assertEquals(Optional.of("+78121234567"), new PhoneNormalizer("RU", "812").toE164(typed));
    }

    @ParameterizedTest
    @ValueSource(strings = {"RU", "ES", "GB"})
    void knowsRegions(String region) {
        assertTrue(PhoneNormalizer.isKnownRegion(region));
    }
}
