package org.atriumcrm.core.store.internal.support;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

class TextFoldingTest {

    @Test
    void ignoresCaseAndAccents() {
        assertEquals("construcciones pena", TextFolding.fold("Construcciones PEÑA"));
        assertEquals("inigo alvaro", TextFolding.fold("Íñigo Álvaro"));
    }

    @Test
    void foldsYoButKeepsShortI() {
        assertEquals("елочка", TextFolding.fold("Ёлочка"));
        assertEquals("майский", TextFolding.fold("Майский"));
    }

    @Test
    void splitsNamesIntoWordsWithoutQuotesOrPunctuation() {
        assertEquals(List.of("ооо", "альфа", "строй"), TextFolding.words("ООО «Альфа-Строй»"));
        assertEquals(List.of("michael", "o", "brien"), TextFolding.words("Michael O'Brien"));
    }

    @Test
    void sortKeyJoinsWords() {
        assertEquals("ооо альфа", TextFolding.sortKey("  ООО  «Альфа» "));
        assertEquals("!!!", TextFolding.sortKey("!!!"));
    }
}
