package org.atriumcrm.core.store.internal.quality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.atriumcrm.core.api.Client;
import org.atriumcrm.core.api.ClientDraft;
import org.atriumcrm.core.api.ClientKind;
import org.atriumcrm.core.api.ContactPerson;
import org.atriumcrm.core.api.FieldError;
import org.atriumcrm.core.api.LifecycleStatus;
import org.atriumcrm.core.api.ValidationException;
import org.atriumcrm.core.quality.Normalizer;
import org.junit.jupiter.api.Test;

class MergedDraftTest {

    private static final Normalizer PHONES = Normalizer.of("RU", "812");

    private static Client client(String id, String name, List<String> phones, List<String> emails, String source,
                                 LifecycleStatus status, Map<String, Object> custom, List<ContactPerson> contacts) {
        return new Client(id, ClientKind.ORGANIZATION, name, phones, emails, List.of(), status, source, null, null, null,
                null, List.of("vip"), null, contacts, List.of(), custom, Instant.EPOCH, Instant.EPOCH, 1);
    }

    private static ContactPerson contact(String id, String name) {
        return new ContactPerson(id, name, null, List.of(), List.of(), null, null);
    }

    private static ClientDraft merged(Client survivor, List<Client> others, Map<String, String> sources) {
        return new MergedDraft(survivor, others, sources, phone -> PHONES.phone(phone, null).orElse(null)).draft();
    }

    private final Client alfa = client("s", "ООО «Альфа»", List.of("+7 (812) 123-45-67"), List.of("Info@Alfa.ru"), null,
            LifecycleStatus.ACTIVE, Map.of("segment", "A"), List.of(contact("c1", "Anna")));
    private final Client alfaAgain = client("m", "Альфа, ООО", List.of("8 812 123-45-67", "8 812 765-43-21"),
            List.of("info@alfa.ru", "sales@alfa.ru"), "web", LifecycleStatus.LEAD, Map.of("segment", "B", "size", 40),
            List.of(contact("c2", "Boris")));

    @Test
    void theSurvivorKeepsItsValuesAndTakesTheOthersWhereItHasNone() {
        ClientDraft draft = merged(alfa, List.of(alfaAgain), Map.of());

        assertEquals("ООО «Альфа»", draft.name());
        assertEquals(LifecycleStatus.ACTIVE, draft.status());
        assertEquals("web", draft.source());
        assertEquals(Map.of("segment", "A", "size", 40), draft.customFields());
    }

    @Test
    void aChosenFieldComesFromTheClientNamed() {
        ClientDraft draft = merged(alfa, List.of(alfaAgain), Map.of("name", "m", "status", "m", "customFields.segment", "m"));

        assertEquals("Альфа, ООО", draft.name());
        assertEquals(LifecycleStatus.LEAD, draft.status());
        assertEquals("B", draft.customFields().get("segment"));
    }

    @Test
    void listsAreJoinedWithoutRepeatingAValueTypedAnotherWay() {
        ClientDraft draft = merged(alfa, List.of(alfaAgain), Map.of());

        assertEquals(List.of("+7 (812) 123-45-67", "8 812 765-43-21"), draft.phones());
        assertEquals(List.of("Info@Alfa.ru", "sales@alfa.ru"), draft.emails());
        assertEquals(List.of("vip"), draft.tags());
        assertEquals(List.of("c1", "c2"), draft.contacts().stream().map(ContactPerson::id).toList());
    }

    @Test
    void anUnknownFieldOrASourceThatIsNotMergedIsNamed() {
        ValidationException invalid = assertThrows(ValidationException.class,
                () -> merged(alfa, List.of(alfaAgain), Map.of("colour", "m", "name", "x")));

        assertEquals(List.of("fields.colour", "fields.name"),
                invalid.errors().stream().map(FieldError::field).sorted().toList());
    }
}
