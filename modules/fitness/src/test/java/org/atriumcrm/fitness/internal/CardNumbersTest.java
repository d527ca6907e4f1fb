package org.atriumcrm.fitness.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.atriumcrm.core.api.ValidationException;
import org.junit.jupiter.api.Test;

class CardNumbersTest {

    @Test
    void blanksAroundAreDropped() {
        assertEquals("0042-77", CardNumbers.normalize(" 0042-77 ", "card"));
    }

    @Test
    void aMissingTooLongOrOddCardNamesTheField() {
        assertEquals("card", assertThrows(ValidationException.class, () -> CardNumbers.normalize(null, "card")).errors().get(0).field());
        assertThrows(ValidationException.class, () -> CardNumbers.normalize("1".repeat(65), "card"));
        assertThrows(ValidationException.class, () -> CardNumbers.normalize("12 34", "card"));
        assertThrows(ValidationException.class, () -> CardNumbers.normalize("-1234", "card"));
    }
}
