package org.atriumcrm.fitness.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.List;

import org.atriumcrm.core.api.FieldError;
import org.atriumcrm.core.api.ValidationException;
import org.junit.jupiter.api.Test;

class ScheduleValidatorTest {

    private static final Instant NOW = Instant.parse("2026-06-15T10:00:00Z");

    private static List<String> fields(ValidationException e) {
        return e.errors().stream().map(FieldError::field).toList();
    }

    @Test
    void aClassDraftIsCheckedWhole() {
        ValidationException refused = assertThrows(ValidationException.class, () -> ScheduleValidator.schedule(
                new ClassDraft(" ", null, NOW.plusSeconds(400L * 24 * 3600), 0, null, null), 0, NOW));
        assertEquals(List.of("title", "trainerId", "startsAt", "minutes", "capacity"), fields(refused));
    }

    @Test
    void theCapacityMayNotGoBelowThePlacesBooked() {
        ClassDraft draft = new ClassDraft("Yoga", "t-1", NOW.plusSeconds(3600), 60, 5, " Hall A ");
        assertEquals("Hall A", ScheduleValidator.schedule(draft, 5, NOW).room());
        assertEquals(List.of("capacity"), fields(assertThrows(ValidationException.class,
                () -> ScheduleValidator.schedule(draft, 6, NOW))));
    }

    @Test
    void aTrainerNeedsANameAndWellFormedContacts() {
        assertEquals(new TrainerDraft("Ana", null, "+34 600 000 000"), ScheduleValidator.trainer(new TrainerDraft(" Ana ", "", "+34 600 000 000")));
        assertEquals(List.of("name", "email", "phone"), fields(assertThrows(ValidationException.class,
                () -> ScheduleValidator.trainer(new TrainerDraft("", "not-an-address", "call me")))));
    }
}
