package org.atriumcrm.core.automation.internal.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import org.atriumcrm.core.api.FieldError;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RunCursorTest {

    @Test
    void aCursorReadsBackToTheSameRunToTheNanosecond() {
        RunCursor cursor = new RunCursor(LocalDateTime.of(2026, 12, 3, 15, 4, 5, 123_456_789), "8d2c4f3e-0000-4000-8000-000000000001");
        List<FieldError> errors = new ArrayList<>();
        assertEquals(cursor, RunCursor.parse(cursor.encode(), errors));
        assertEquals(List.of(), errors);
        assertTrue(cursor.encode().matches("[A-Za-z0-9_-]+"), "safe in a query string as it is");
    }

    @Test
    void noCursorIsTheFirstPage() {
        List<FieldError> errors = new ArrayList<>();
        assertNull(RunCursor.parse(null, errors));
        assertNull(RunCursor.parse("  ", errors));
        assertEquals(List.of(), errors);
    }

    @ParameterizedTest
    @ValueSource(strings = {"not a cursor", "%%%", "bm8tc2VwYXJhdG9y", "MjAyNi0xMi0wMyBhYmM", "eWVzdGVyZGF5IGFiYw"})
    void anythingElseIsRefusedNamingAfter(String token) {
        List<FieldError> errors = new ArrayList<>();
        assertNull(RunCursor.parse(token, errors));
        assertEquals(1, errors.size(), token);
        assertEquals("after", errors.get(0).field());
        assertEquals(FieldError.INVALID, errors.get(0).code());
    }

    @Test
    void aTimeWithoutAnIdIsRefused() {
        String token = Base64.getUrlEncoder().encodeToString("2026-12-03T15:04:05 ".getBytes(StandardCharsets.UTF_8));
        List<FieldError> errors = new ArrayList<>();
        assertNull(RunCursor.parse(token, errors));
        assertEquals("after", errors.get(0).field());
    }
}
