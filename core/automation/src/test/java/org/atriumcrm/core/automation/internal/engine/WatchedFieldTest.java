package org.atriumcrm.core.automation.internal.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;

import org.atriumcrm.core.api.FieldError;
import org.junit.jupiter.api.Test;

class WatchedFieldTest {

    @Test
    void acceptsFieldsOfTheRecordAndItsCustomFields() {
        assertTrue(WatchedField.check("client", "status", Set.of()).isEmpty());
        assertTrue(WatchedField.check("client", "contacts.phones", Set.of()).isEmpty());
        assertTrue(WatchedField.check("opportunity", "stageId", Set.of()).isEmpty());
        assertTrue(WatchedField.check("task", "status", Set.of()).isEmpty());
        assertTrue(WatchedField.check("client", "customFields.vip", Set.of("vip")).isEmpty());
    }

    @Test
    void refusesUnknownFieldsBookkeepingAndUndefinedCustomFieldsOnTheTriggersArgument() {
        for (String wrong : List.of("colour", "version", "updatedAt", "customFields.vip", "customFields", "")) {
            List<FieldError> errors = WatchedField.check("client", wrong, Set.of("budget"));
            assertEquals(1, errors.size(), wrong);
            assertEquals("trigger.arguments.field", errors.get(0).field(), wrong);
        }
        assertEquals(1, WatchedField.check("task", "stageId", Set.of()).size());
    }
}
