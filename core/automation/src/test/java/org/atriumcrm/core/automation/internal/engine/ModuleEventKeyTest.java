package org.atriumcrm.core.automation.internal.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

class ModuleEventKeyTest {

    private static final String TOPIC = "org/atriumcrm/fitness/membership/EXPIRING";

    private static String key(String topic, Object... namesAndValues) {
        Map<String, Object> properties = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            properties.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return ModuleEventKey.of(topic, properties);
    }

    @Test
    void theSameFactsInAnyOrderAreOneOccurrence() {
        assertEquals(key(TOPIC, "clientId", "c-1", "membershipId", "m-1", "endsOn", "2026-12-16"),
                key(TOPIC, "endsOn", "2026-12-16", "membershipId", "m-1", "clientId", "c-1"));
    }

    @Test
    void anyOtherValueTopicOrArrayElementIsAnotherOccurrence() {
        String key = key(TOPIC, "clientId", "c-1", "endsOn", "2026-12-16");

        assertNotEquals(key, key(TOPIC, "clientId", "c-1", "endsOn", "2026-12-17"));
        assertNotEquals(key, key(TOPIC + "2", "clientId", "c-1", "endsOn", "2026-12-16"));
        assertNotEquals(key(TOPIC, "tags", new String[] {"a", "b"}),
                key(TOPIC, "tags", new String[] {"a", "c"}));
        assertEquals(key(TOPIC, "tags", new String[] {"a", "b"}),
                key(TOPIC, "tags", new String[] {"a", "b"}));
    }

    @Test
    void aValueCannotImitateTheBoundaryBetweenTwoProperties() {
        assertNotEquals(key(TOPIC, "a", "1\nb=2"), key(TOPIC, "a", "1", "b", "2"));
    }

    @Test
    void theKeyIsSixtyFourHexDigits() {
        assertEquals(64, key(TOPIC, "clientId", "c-1").length());
    }
}
