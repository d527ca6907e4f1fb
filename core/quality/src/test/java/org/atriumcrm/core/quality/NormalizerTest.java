package org.atriumcrm.core.quality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Optional;

import org.atriumcrm.core.api.Address;
import org.atriumcrm.core.api.ClientDraft;
import org.atriumcrm.core.api.ClientKind;
import org.atriumcrm.core.api.LegalEntity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class NormalizerTest {

    private final Normalizer russia = Normalizer.of("RU", "812");

    private static ClientDraft client(List<Address> addresses, List<LegalEntity> entities) {
        return new ClientDraft(ClientKind.ORGANIZATION, "Cliente", List.of(), List.of(), List.of(), addresses, null, null, null,
                null, null, null, null, null, List.of(), entities, null);
    }

    @Test
    void aSpanishClientWithItsAddressInSpainHasItsPhonesReadInSpain() {
        ClientDraft spanish = client(List.of(new Address("Calle Mayor 1", "Madrid", null, "28013", "es")), List.of());
        String country = russia.countryOf(spanish);
        assertEquals("ES", country);
        assertEquals(Optional.of("+34667017194"), russia.phone("0034 667 017 194", country));
        assertEquals(Optional.of("+34667017194"), russia.phone("667 017 194", country));
        assertEquals(Optional.of("+78121234567"), russia.phone("123-45-67", null), "a local number gets the area code");
        assertEquals(Optional.empty(), russia.phone("667 017 194", null));
    }

    @Test
    void theCountryIsTheFirstKnownOneOfTheAddressesThenOfTheLegalEntities() {
        LegalEntity swiss = new LegalEntity(null, "Alpen AG", "CH", null, null, null, null, null, null, null);
        assertEquals("CH", russia.countryOf(client(List.of(new Address(null, "Zürich", null, null, "Switzerland")), List.of(swiss))));
        assertNull(russia.countryOf(client(List.of(), List.of())));
        assertEquals("RU", russia.defaultRegion());
    }

    @ParameterizedTest
    @CsvSource({
        "alfa-stroy.ru, https://alfa-stroy.ru",
        "WWW.Alfa-Stroy.spb.ru/, https://www.alfa-stroy.spb.ru",
        "http://alfa.ru/contacts?lang=en, http://alfa.ru/contacts?lang=en",
        "HTTPS://Alfa.ru:8443/Shop, https://alfa.ru:8443/Shop",
        "сайт.рф, https://сайт.рф",
        "vk.com/alfa_spb, https://vk.com/alfa_spb",
    })
    void aWebsiteIsStoredAsAUrlWithItsHostInLowerCase(String typed, String stored) {
        assertEquals(Optional.of(stored), russia.website(typed));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "alfa", "info@alfa.ru", "alfa stroy.ru", "ftp://alfa.ru", "http://192.168.0.1", "https://alfa.ru:port",
        "https://", "-alfa-.ru"})
    void textThatIsNoWebsiteIsNotOne(String typed) {
        assertEquals(Optional.empty(), russia.website(typed));
    }

    @Test
    void aWebsitesDomainIsItsMatchKey() {
        assertEquals(Optional.of("alfa-stroy.spb.ru"), russia.websiteDomain("https://www.alfa-stroy.spb.ru/contacts"));
        assertEquals(Optional.of("vk.com/alfa_spb"), russia.websiteDomain("https://vk.com/alfa_spb"));
        assertEquals(Optional.empty(), russia.websiteDomain("https://vk.com"));
    }
}
