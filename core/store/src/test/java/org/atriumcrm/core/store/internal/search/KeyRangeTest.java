package org.atriumcrm.core.store.internal.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class KeyRangeTest {

    @Test
    void anExactKeyIsOneKey() {
        KeyRange range = KeyRange.of("p:+78121234567");
        assertEquals(new KeyRange("p:+78121234567", "p:+78121234567", false, null), range);
        assertEquals("(k >= ? AND k <= ?)", range.condition("k"));
        assertTrue(range.contains("p:+78121234567"));
        assertFalse(range.contains("p:+781212345678"));
    }

    @Test
    void aTrailingWildcardIsAPrefixRange() {
        KeyRange range = KeyRange.of("n:ivan%");
        assertEquals(new KeyRange("n:ivan", "n:ivan\uFFFF", true, null), range);
        assertEquals("(k >= ? AND k < ?)", range.condition("k"));
        assertEquals(List.of("n:ivan", "n:ivan\uFFFF"), range.parameters());
        assertTrue(range.contains("n:ivanova"));
        assertFalse(range.contains("n:iva"));
    }

    @Test
    void escapedWildcardsAreLiteral() {
        KeyRange range = KeyRange.of("e:ivan\\_petrov@mail\\%%");
        assertEquals("e:ivan_petrov@mail%", range.low());
        assertNull(range.like());
        assertTrue(KeyRange.of("d:vk.com/alfa\\_spb").contains("d:vk.com/alfa_spb"));
        assertFalse(KeyRange.of("d:vk.com/alfa\\_spb").prefix());
    }

    @Test
    void aWildcardInsideIsCheckedOnEachKeyOfTheRangeOfItsStart() {
        KeyRange range = KeyRange.of("m:iva% smi%");
        assertEquals("m:iva", range.low());
        assertEquals("m:iva% smi%", range.like());
        assertEquals("(k >= ? AND k < ? AND k || '' LIKE ? ESCAPE '\\')", range.condition("k"));
        assertEquals(List.of("m:iva", "m:iva\uFFFF", "m:iva% smi%"), range.parameters());
        assertEquals("(s.searchKey >= :t0lo AND s.searchKey < :t0hi AND s.searchKey LIKE :t0like ESCAPE '\\')",
                range.condition("s.searchKey", "t0"));
        assertTrue(range.contains("m:ivan smirnov"));
        assertTrue(range.contains("m:iva smi"));
        assertTrue(range.contains("m:ivanova smith"));
        assertFalse(range.contains("m:ivan petrov"), "the second word does not start with smi");
        assertFalse(range.contains("m:smirnov ivan"), "outside the range");
        assertFalse(range.contains("n:ivan"));
    }
}
