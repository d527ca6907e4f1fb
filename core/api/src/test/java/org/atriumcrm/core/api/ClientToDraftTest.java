package org.atriumcrm.core.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** A client's draft is what a form would submit to store it unchanged: every field, none left behind. */
class ClientToDraftTest {

    @Test
    void everyFieldOfTheClientGoesIntoItsDraft() {
        ContactPerson contact = new ContactPerson("ct-1", "Olga Petrova", "buyer", List.of("+7 495 123-45-67"),
                List.of("olga@alfa-stroy.ru"), LocalDate.of(1980, 2, 29), "prefers mornings");
        LegalEntity entity = new LegalEntity("le-1", "OOO Alfa-Stroy", "RU", "7707083893", "773601001", "1027700132195", null,
                null, "Moscow, Tverskaya 1", new BankDetails("Sberbank", "044525225", "40702810938000000001",
                        "30101810400000000225", null, null));
        Address address = new Address("Tverskaya 1", "Moscow", "Moscow", "125009", "RU");
        Client client = new Client("c-1", ClientKind.ORGANIZATION, "Alfa-Stroy", List.of("+7 495 000-00-01"),
                List.of("info@alfa-stroy.ru"), List.of("https://alfa-stroy.ru"), List.of(address), LifecycleStatus.REGULAR,
                "exhibition", "distributor", "construction", PurchasePotential.HIGH, "Central", List.of("vip", "cement"),
                "u-7", List.of(contact), List.of(entity), Map.of("discount", "12", "segments", List.of("A", "B")),
                Instant.parse("2026-01-02T03:04:05Z"), Instant.parse("2026-02-03T04:05:06Z"), 9);

        ClientDraft expected = new ClientDraft(ClientKind.ORGANIZATION, "Alfa-Stroy", List.of("+7 495 000-00-01"),
                List.of("info@alfa-stroy.ru"), List.of("https://alfa-stroy.ru"), List.of(address), LifecycleStatus.REGULAR,
                "exhibition", "distributor", "construction", PurchasePotential.HIGH, "Central", List.of("vip", "cement"),
                "u-7", List.of(contact), List.of(entity), Map.of("discount", "12", "segments", List.of("A", "B")));
        assertEquals(expected, client.toDraft());
    }

    @Test
    void everyComponentOfTheDraftIsOneTheClientHas() {
        // a field added to ClientDraft but forgotten in Client.toDraft would break this count
        List<String> client = java.util.Arrays.stream(Client.class.getRecordComponents()).map(c -> c.getName()).toList();
        List<String> draft = java.util.Arrays.stream(ClientDraft.class.getRecordComponents()).map(c -> c.getName()).toList();
        assertEquals(draft, client.stream().filter(draft::contains).toList());
        assertEquals(List.of("id", "createdAt", "updatedAt", "version"),
                client.stream().filter(name -> !draft.contains(name)).toList());
    }
}
