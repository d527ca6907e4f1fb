package org.atriumcrm.core.store.internal.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDateTime;

import org.atriumcrm.core.api.ValidationException;
import org.junit.jupiter.api.Test;

class CursorTest {

    @Test
    void roundTripsValuesWithAnyCharacters() {
        Cursor cursor = new Cursor("-name", "ооо «альфа» pena", "0b6c5d1e-0000-4000-8000-000000000001");
        assertEquals(cursor, Cursor.decode(cursor.encode(), "-name"));
    }

    @Test
    void refusesACursorOfAnotherSort() {
        String token = Cursor.at("created", LocalDateTime.parse("2026-11-23T10:15:30.123"), "id").encode();
        ValidationException error = assertThrows(ValidationException.class, () -> Cursor.decode(token, "name"));
        assertEquals("after", error.errors().get(0).field());
    }

    @Test
    void refusesGarbage() {
        assertThrows(ValidationException.class, () -> Cursor.decode("not base64!", "name"));
        assertThrows(ValidationException.class, () -> Cursor.decode("aGVsbG8", "name"));
        assertThrows(ValidationException.class, () -> new Cursor("created", "yesterday", "id").time());
    }

    @Test
    void theFirstPageHasNoCursor() {
        assertEquals(null, Cursor.decode(null, "name"));
    }
}
