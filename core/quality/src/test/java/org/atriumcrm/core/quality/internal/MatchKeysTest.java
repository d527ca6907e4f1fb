package org.atriumcrm.core.quality.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.atriumcrm.core.api.ClientDraft;
import org.atriumcrm.core.quality.MatchKey;
import org.atriumcrm.core.quality.MatchKeyTypes;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class MatchKeysTest {

    private static QualityService quality;

    @BeforeAll
    static void createService() {
        quality = new QualityService(QualitySettings.of("RU", "812"));
    }

    private static Set<String> keys(ClientDraft draft) {
        return quality.keysOf(draft).stream().map(MatchKey::toString).collect(Collectors.toSet());
    }

    @Test
    void aRussianFirmGivesItsTaxIdsPhonesEmailsDomainsNameCityAndKind() {
        ClientDraft draft = Drafts.org("ООО «Альфа-Строй»")
                .phones("123-45-67", "8 (916) 123-45-67")
                .emails("Info@Alfa-Stroy.ru", "ivan.petrov@gmail.com")
                .website("https://www.alfa-stroy.spb.ru/")
                .city("Санкт-Петербург", "RU")
                .entity("ООО «Альфа-Строй»", "RU", "7701234560", "1027700123450", null, null)
                .build();
        Set<String> keys = keys(draft);
        assertTrue(keys.containsAll(List.of("KIND:ORGANIZATION", "INN:7701234560", "OGRN:1027700123450", "PHONE:+78121234567",
                "PHONE:+79161234567", "EMAIL:info@alfa-stroy.ru", "EMAIL:ivanpetrov@gmail.com", "DOMAIN:alfa-stroy.ru",
                "DOMAIN:alfa-stroy.spb.ru", "NAME:alfa stroi", "NAME_TOKEN:alfa", "NAME_SOUND:a41236", "CITY:peterburg sankt")), keys::toString);
        assertFalse(keys.contains("DOMAIN:gmail.com"), "a public mail provider is nobody's domain");
        assertFalse(keys.contains("NAME_TOKEN:stroi"), "a word in many firm names finds too many candidates");
    }

    @Test
    void invalidTaxIdsGiveNoKey() {
        Set<String> keys = keys(Drafts.org("Альфа").entity(null, "RU", "7701234561", "1027700123451", null, null).build());
        assertTrue(keys.stream().noneMatch(key -> key.startsWith("INN:") || key.startsWith("OGRN:")), keys::toString);
    }

    @Test
    void spanishIdsFromTheTaxIdAndTheVatNumberMeet() {
        Set<String> fromTaxId = keys(Drafts.org("Construcciones Pérez, S.L.").entity(null, "ES", null, null, "B-12345674", null).build());
        Set<String> fromVat = keys(Drafts.org("Pérez Construcciones SL").entity(null, "ES", null, null, null, "ESB12345674").build());
        assertTrue(fromTaxId.contains("NIF:B12345674"));
        assertTrue(fromVat.contains("NIF:B12345674"));
        assertTrue(keys(Drafts.org("Müller GmbH").entity(null, "DE", null, null, null, "DE812345673").build()).contains("VAT:DE812345673"));
    }

    @Test
    void phonesAreReadInTheClientsCountry() {
        Set<String> keys = keys(Drafts.org("Transportes Martínez").phones("912 345 678").city("Madrid", "ES").build());
        assertTrue(keys.contains("PHONE:+34912345678"), keys::toString);
    }

    @Test
    void contactsAddTheirPhonesEmailsAndCompanyDomain() {
        Set<String> keys = keys(Drafts.org("Альфа").contact("Иван Петров", List.of("+7 921 000-00-01"), List.of("petrov@alfa.ru")).build());
        assertTrue(keys.containsAll(List.of("PHONE:+79210000001", "EMAIL:petrov@alfa.ru", "DOMAIN:alfa.ru")), keys::toString);
    }

    @Test
    void legalEntityNamesAreNamesOfTheClientToo() {
        Set<String> keys = keys(Drafts.org("Альфа Групп").entity("ООО «Бета-Сервис»", "RU", null, null, null, null).build());
        assertTrue(keys.containsAll(List.of("NAME:alfa grup", "NAME:beta servis")), keys::toString);
    }

    @Test
    void severalPhonesInOneFieldAreEachAKey() {
        Set<String> keys = keys(Drafts.org("Альфа").phones("123-45-67, 765-43-21").build());
        assertTrue(keys.containsAll(List.of("PHONE:+78121234567", "PHONE:+78127654321")), keys::toString);
    }

    @Test
    void aSoleTradersNameIsAPersonsName() {
        Set<String> keys = keys(Drafts.org("ИП Сидоров Вася").build());
        assertTrue(keys.containsAll(List.of("KIND:ORGANIZATION", "KIND:PERSON", "NAME:sidorov vasili")), keys::toString);
    }

    @Test
    void cityAndKindAreForScoringOnly() {
        for (MatchKey key : quality.keysOf(Drafts.person("Иван Петров").city("Москва", "RU").build())) {
            assertEquals(!Set.of(MatchKeyTypes.CITY, MatchKeyTypes.KIND).contains(key.type()), key.lookup(), key.toString());
        }
    }

    @Test
    void aStoredClientHasTheKeysOfItsData() {
        ClientDraft draft = Drafts.org("ООО «Альфа»").phones("+7 (812) 123-45-67").build();
        org.atriumcrm.core.api.Client client = new org.atriumcrm.core.api.Client("c-1", draft.kind(), draft.name(), draft.phones(),
                draft.emails(), draft.addresses(), null, null, null, null, null, null, null, null, draft.contacts(),
                draft.legalEntities(), draft.customFields(), null, null, 0);
        assertEquals(quality.keysOf(draft), quality.keysOf(client));
    }

    @Test
    void longValuesAreCutToTheColumnWidth() {
        assertEquals(MatchKey.MAX_VALUE_LENGTH, new MatchKey("NAME", "x".repeat(500)).value().length());
    }
}
