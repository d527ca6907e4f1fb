package org.atriumcrm.core.store.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.atriumcrm.core.api.ClientSort;
import org.atriumcrm.core.api.ValidationException;
import org.junit.jupiter.api.Test;

class CursorTest {

    @Test
    void roundTripsValuesWithAnyCharacters() {
        Cursor cursor = new Cursor(ClientSort.NAME_DESC, "ооо «альфа» pena", "0b6c5d1e-0000-4000-8000-000000000001");
        assertEquals(cursor, Cursor.decode(cursor.encode(), ClientSort.NAME_DESC));
    }

    @Test
    void refusesACursorOfAnotherSort() {
        String token = new Cursor(ClientSort.CREATED, "2026-11-23T10:15:30.123", "id").encode();
        ValidationException error = assertThrows(ValidationException.class, () -> Cursor.decode(token, ClientSort.NAME));
        assertEquals("after", error.errors().get(0).field());
    }

    @Test
    void refusesGarbage() {
        assertThrows(ValidationException.class, () -> Cursor.decode("not base64!", ClientSort.NAME));
        assertThrows(ValidationException.class, () -> Cursor.decode("aGVsbG8", ClientSort.NAME));
    }
}
