package org.atriumcrm.core.store.internal.clients;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.atriumcrm.core.api.Address;
import org.atriumcrm.core.api.ClientDraft;
import org.atriumcrm.core.api.ClientKind;
import org.atriumcrm.core.api.ContactPerson;
import org.atriumcrm.core.api.FieldError;
import org.atriumcrm.core.api.LegalEntity;
import org.atriumcrm.core.api.LifecycleStatus;
import org.atriumcrm.core.api.ValidationException;
import org.atriumcrm.core.quality.Normalizer;
import org.atriumcrm.core.store.internal.demo.DemoData;
import org.junit.jupiter.api.Test;

class ClientValidatorTest {

    private final ClientValidator validator = new ClientValidator(Normalizer.of("RU", ""));

    private static ClientDraft draft(ClientKind kind, String name, List<String> phones, List<String> emails) {
        return new ClientDraft(kind, name, phones, emails, List.of(), null, null, null, null, null, null, List.of(), null,
                List.of(), List.of(), Map.of());
    }

    @Test
    void acceptsAClientAndDerivesItsKeys() {
        NormalizedClient client = validator.validate(draft(ClientKind.ORGANIZATION, "  ООО «Альфа» ",
                List.of("+7 (812) 123-45-67"), List.of(" Info@Alfa.ru ")), List.of());

        assertEquals("ООО «Альфа»", client.name());
        assertEquals("ооо альфа", client.nameKey());
        assertEquals(LifecycleStatus.LEAD, client.status());
        assertEquals("+7 (812) 123-45-67", client.phones().get(0).number());
        assertEquals(List.of("Info@Alfa.ru"), client.emails());
        assertEquals(Set.of("n:ооо", "n:альфа", "m:ооо альфа", "m:альфа ооо", "p:+78121234567", "e:info@alfa.ru"), client.searchKeys());
    }

    @Test
    void reportsEveryBadFieldByItsPath() {
        ValidationException error = assertThrows(ValidationException.class, () -> validator.validate(
                draft(null, " ", List.of("+7 812 123-45-67", "not a phone", "ivan@mail.ru"), List.of("ivan@", "ok@x.ru")),
                List.of()));

        assertEquals(List.of(
                FieldError.of("kind", FieldError.REQUIRED, "is required: ORGANIZATION or PERSON"),
                FieldError.of("name", FieldError.REQUIRED, "is required"),
                FieldError.of("phones[1]", "invalid_phone", "is not a valid phone number"),
                FieldError.of("phones[2]", "email_in_phone", "looks like an e-mail address: put it under emails"),
                FieldError.of("emails[0]", "invalid_email", "is not a valid e-mail address")), error.errors());
    }

    @Test
    void namesNullEntriesAndBadCountries() {
        ClientDraft draft = new ClientDraft(ClientKind.PERSON, "Ann", Arrays.asList((String) null), List.of(),
                List.of(new Address(null, "Madrid", null, null, "Spain")), null, null, null, null, null, null, List.of(),
                null, List.of(), List.of(), Map.of());

        ValidationException error = assertThrows(ValidationException.class, () -> validator.validate(draft, List.of()));

        assertEquals(List.of("phones[0]", "addresses[0].country"),
                error.errors().stream().map(FieldError::field).toList());
    }

    @Test
    void dropsRepeatedPhonesEmailsAndTags() {
        ClientDraft draft = new ClientDraft(ClientKind.PERSON, "Ann", List.of("88121234567", "+7 812 123 45 67"),
                List.of("a@b.es", "A@B.es"), List.of(), null, null, null, null, null, null,
                List.of("VIP", "vip", "Fitness"), null, List.of(), List.of(), Map.of());

        NormalizedClient client = validator.validate(draft, List.of());

        assertEquals(1, client.phones().size());
        assertEquals(List.of("a@b.es"), client.emails());
        assertEquals(List.of("VIP", "Fitness"), client.tags());
    }

    @Test
    void limitsLengths() {
        String longName = String.join("", Collections.nCopies(301, "x"));
        ValidationException error = assertThrows(ValidationException.class,
                () -> validator.validate(draft(ClientKind.PERSON, longName, List.of(), List.of()), List.of()));
        assertTrue(error.getMessage().contains("name is longer than 300 characters"), error.getMessage());
    }

    @Test
    void namesTheLegalEntityWithABadTaxIdAndTheContactWithABadPhone() {
        ClientDraft draft = new ClientDraft(ClientKind.ORGANIZATION, "ООО «Альфа»", List.of(), List.of(), List.of(), null,
                null, null, null, null, null, List.of(), null,
                List.of(new ContactPerson(null, "Иван Петров", "закупщик", List.of("not a phone"), List.of(), null, null)),
                List.of(new LegalEntity(null, "ООО «Альфа»", "RU", "7707083893", "773601001", "1027700132195",
                                null, null, null, null),
                        new LegalEntity(null, "ООО «Альфа-Трейд»", "RU", "7707083894", null, null, null, null, null, null)),
                Map.of());

        ValidationException error = assertThrows(ValidationException.class, () -> validator.validate(draft, List.of()));

        assertEquals(List.of("contacts[0].phones[0]", "legalEntities[1].inn"),
                error.errors().stream().map(FieldError::field).toList());
    }

    @Test
    void keysTaxIdsContactsAndTags() {
        ClientDraft draft = new ClientDraft(ClientKind.ORGANIZATION, "Alfa", List.of(), List.of(), List.of(), null,
                null, null, null, null, null, List.of("VIP"), null,
                List.of(new ContactPerson(null, "Пётр Сидоров", null, List.of("+34 612 34 56 78"), List.of("p@x.es"), null, null)),
                List.of(new LegalEntity(null, "Alfa SA", "ES", null, null, null, "a-58818501", null, null, null)),
                Map.of());

        NormalizedClient client = validator.validate(draft, List.of());

        assertEquals("A58818501", client.legalEntities().get(0).taxId());
        assertTrue(client.searchKeys().containsAll(Set.of("t:A58818501", "n:петр", "p:+34612345678", "e:p@x.es", "g:vip")),
                client.searchKeys().toString());
        assertTrue(client.searchKeys().containsAll(Set.of("m:петр сидоров", "m:сидоров петр")), client.searchKeys().toString());
        assertFalse(client.searchKeys().stream().anyMatch(key -> key.startsWith("m:alfa")),
                "pairs are of one name: the client's and a contact's words are not paired");
    }

    @Test
    void aSpanishClientsPhonesAreReadInSpainBeforeTheDefaultRegion() {
        ClientDraft draft = new ClientDraft(ClientKind.ORGANIZATION, "Distribuciones Levante S.L.",
                List.of("0034 667 017 194", "667 017 195", "8 812 123-45-67"), List.of(), List.of(),
                List.of(new Address("Calle de Colón 12", "Valencia", null, "46004", "ES")), null, null, null, null, null, null,
                List.of(), null, List.of(new ContactPerson(null, "Marta", null, List.of("963 123 456"), List.of(), null, null)),
                List.of(), Map.of());

        NormalizedClient client = validator.validate(draft, List.of());

        assertEquals(List.of("+34667017194", "+34667017195", "+78121234567"), client.phones().stream().map(PhoneEntry::e164).toList());
        assertTrue(client.searchKeys().contains("p:+34963123456"), client.searchKeys().toString());
        ValidationException withoutAddress = assertThrows(ValidationException.class, () -> validator.validate(
                draft(ClientKind.ORGANIZATION, "Frutas Turia", List.of("667 017 195", "810 34 667 017 195"), List.of()), List.of()));
        assertEquals(List.of(FieldError.of("phones[0]", "invalid_phone", "is not a valid phone number")), withoutAddress.errors());
    }

    @Test
    void websitesAreStoredAsUrlsAndTheirDomainsFindTheClient() {
        ClientDraft draft = new ClientDraft(ClientKind.ORGANIZATION, "Alfa", List.of(), List.of(),
                List.of("WWW.Alfa-Stroy.spb.ru/", "https://www.alfa-stroy.spb.ru", "vk.com/alfa_spb", "not a website", "info@alfa.ru"),
                List.of(), null, null, null, null, null, null, List.of(), null, List.of(), List.of(), Map.of());

        ValidationException error = assertThrows(ValidationException.class, () -> validator.validate(draft, List.of()));
        assertEquals(List.of("websites[3]", "websites[4]"), error.errors().stream().map(FieldError::field).toList());

        ClientDraft valid = new ClientDraft(ClientKind.ORGANIZATION, "Alfa", List.of(), List.of(),
                List.of("WWW.Alfa-Stroy.spb.ru/", "https://www.alfa-stroy.spb.ru", "vk.com/alfa_spb"),
                List.of(), null, null, null, null, null, null, List.of(), null, List.of(), List.of(), Map.of());
        NormalizedClient client = validator.validate(valid, List.of());
        assertEquals(List.of("https://www.alfa-stroy.spb.ru", "https://vk.com/alfa_spb"), client.websites());
        assertTrue(client.searchKeys().containsAll(Set.of("d:alfa-stroy.spb.ru", "d:vk.com/alfa_spb")), client.searchKeys().toString());
    }

    @Test
    void vatNumbersOfTheUnitedKingdomSwitzerlandAndNorwayAreTaken() {
        ClientDraft draft = new ClientDraft(ClientKind.ORGANIZATION, "Alpen", List.of(), List.of(), List.of(), null,
                null, null, null, null, null, List.of(), null, List.of(),
                List.of(new LegalEntity(null, "Alpen AG", "CH", null, null, null, null, "CHE-116.281.710 MWST", null, null),
                        new LegalEntity(null, "Alpen Ltd", "GB", null, null, null, null, "GB 123 4567 82", null, null),
                        new LegalEntity(null, "Alpen AS", "NO", null, null, null, null, "NO 923 609 016 MVA", null, null),
                        new LegalEntity(null, "Alpen Inc", "US", null, null, null, null, "US123456789", null, null)),
                Map.of());

        ValidationException error = assertThrows(ValidationException.class, () -> validator.validate(draft, List.of()));

        assertEquals(List.of(new FieldError("legalEntities[3].vatNumber", "must start with a country code such as DE, ES, GB or CH")),
                error.errors());
    }

    @Test
    void everyDemoClientIsValid() {
        List<ClientDraft> demo = DemoData.read();
        assertTrue(demo.size() >= 30, "a few dozen demo clients");
        demo.forEach(draft -> validator.validate(draft, List.of()));
    }
}
