package org.atriumcrm.core.rest.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.OptionalLong;

import org.atriumcrm.core.api.ValidationException;
import org.junit.jupiter.api.Test;

class EntityTagsTest {

    @Test
    void readsStrongWeakAndBareTags() {
        assertEquals(OptionalLong.of(3), EntityTags.expectedVersion("\"3\""));
        assertEquals(OptionalLong.of(3), EntityTags.expectedVersion("W/\"3\""));
        assertEquals(OptionalLong.of(3), EntityTags.expectedVersion("3"));
    }

    @Test
    void absentOrStarMeansAnyVersion() {
        assertEquals(OptionalLong.empty(), EntityTags.expectedVersion(null));
        assertEquals(OptionalLong.empty(), EntityTags.expectedVersion("*"));
    }

    @Test
    void refusesATagThatIsNotOurs() {
        assertThrows(ValidationException.class, () -> EntityTags.expectedVersion("\"abc\""));
    }
}
