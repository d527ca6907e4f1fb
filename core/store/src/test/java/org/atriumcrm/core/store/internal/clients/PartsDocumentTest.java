package org.atriumcrm.core.store.internal.clients;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.atriumcrm.core.api.Address;
import org.atriumcrm.core.api.BankDetails;
import org.atriumcrm.core.api.ContactPerson;
import org.atriumcrm.core.api.LegalEntity;
import org.junit.jupiter.api.Test;

class PartsDocumentTest {

    /** Every part a client can hold, in Cyrillic, with accents and with quotes that JSON escapes. */
    static final ClientParts EVERY_PART = new ClientParts(
            List.of("+7 (812) 123-45-67", "8 800 555 35 35"),
            List.of("ivan@альфа.рф", "peña@example.es"),
            List.of("https://альфа.рф/", "https://peña.es/catálogo"),
            List.of(new Address("Невский пр., д. 1", "Санкт-Петербург", "Ленинградская обл.", "191025", "RU"),
                    new Address("Calle Mayor, 3, 2º", "A Coruña", null, null, "ES")),
            List.of("vip", "постоянный"),
            List.of(new ContactPerson("c-1", "Пётр Ильич «Петя»", "директор", List.of("+79991234567"), List.of("petr@альфа.рф"),
                            LocalDate.of(1980, 2, 29), "звонить после 12:00\nне \"раньше\""),
                    new ContactPerson("c-2", "José Núñez", null, List.of(), List.of(), null, null)),
            List.of(new LegalEntity("l-1", "ООО «Альфа»", "RU", "7707083893", "773601001", "1027700132195", null, null,
                            "г. Москва, ул. Вавилова, 19", new BankDetails("ПАО Сбербанк", "044525225", "40702810938000000001",
                                    "30101810400000000225", null, null)),
                    new LegalEntity("l-2", "Peña y Compañía, S.L.", "ES", null, null, null, "B12345674", "ESB12345674", null,
                            null)),
            Map.of("segment", List.of("médium"), "интересы", List.of("бег", "плавание")));

    @Test
    void everyPartComesBackAsItWasWritten() {
        for (RecordComponent component : ClientParts.class.getRecordComponents()) {
            assertFalse(empty(component), "the sample holds " + component.getName() + ", so that it is written and read back");
        }
        String json = PartsDocument.json(EVERY_PART).orElseThrow();

        assertEquals(EVERY_PART, PartsDocument.parse(json));
        assertTrue(json.contains("Санкт-Петербург") && json.contains("Peña"), "text is stored as itself, not escaped: " + json);
    }

    private static boolean empty(RecordComponent component) {
        try {
            Object value = component.getAccessor().invoke(EVERY_PART);
            return value instanceof Collection<?> list ? list.isEmpty() : ((Map<?, ?>) value).isEmpty();
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void aClientWithoutPartsIsAnEmptyDocument() {
        String json = PartsDocument.json(ClientParts.NONE).orElseThrow();

        assertEquals("{}", json);
        assertEquals(ClientParts.NONE, PartsDocument.parse(json));
    }

    @Test
    void anEmptyTextStaysEmpty() {
        ClientParts parts = new ClientParts(List.of(), List.of(), List.of(), List.of(new Address("", "Madrid", null, null, "ES")),
                List.of(), List.of(new ContactPerson("c-1", "Ana", "", List.of(), List.of(), null, "")), List.of(), Map.of());

        assertEquals(parts, PartsDocument.parse(PartsDocument.json(parts).orElseThrow()));
    }

    @Test
    void aDocumentLongerThanTheColumnIsNotWritten() {
        String notes = "ж".repeat(2000);
        List<ContactPerson> contacts = java.util.stream.IntStream.range(0, 20)
                .mapToObj(i -> new ContactPerson("c-" + i, "Иван", null, List.of(), List.of(), null, notes)).toList();
        ClientParts parts = new ClientParts(List.of(), List.of(), List.of(), List.of(), List.of(), contacts, List.of(), Map.of());

        assertTrue(PartsDocument.json(parts).isEmpty());
    }

    @Test
    void fieldsItDoesNotKnowAreLeftAside() {
        assertEquals(List.of("vip"), PartsDocument.parse("{\"tags\":[\"vip\"],\"loyalty\":{\"level\":3}}").tags());
    }

    @Test
    void aDocumentThatIsNotOneIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> PartsDocument.parse("{\"tags\":"));
    }
}
