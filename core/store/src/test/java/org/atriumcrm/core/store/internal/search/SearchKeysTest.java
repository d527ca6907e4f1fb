package org.atriumcrm.core.store.internal.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

class SearchKeysTest {

    @Test
    void aNameGivesItsWordsAndEveryOrderedPairOfThem() {
        assertEquals(List.of("n:ivan", "n:smirnov", "m:ivan smirnov", "m:smirnov ivan"), List.copyOf(SearchKeys.ofName("Ivan Smirnov")));
        assertEquals(Set.of("n:ооо", "n:альфа", "n:строй", "m:ооо альфа", "m:ооо строй", "m:альфа ооо", "m:альфа строй",
                "m:строй ооо", "m:строй альфа"), SearchKeys.ofName("ООО «Альфа-Строй»"));
    }

    @Test
    void aOneWordNameHasNoPairAndARepeatedWordPairsWithItself() {
        assertEquals(Set.of("n:газпром"), SearchKeys.ofName("Газпром"));
        assertEquals(Set.of("n:ivan", "m:ivan ivan"), SearchKeys.ofName("Ivan Ivan"));
        assertEquals(Set.of(), SearchKeys.namePairs(List.of()));
    }

    @Test
    void pairsAreMadeOfTheFirstSixWordsOnly() {
        Set<String> pairs = SearchKeys.namePairs(List.of("a", "b", "c", "d", "e", "f", "g", "h"));
        assertEquals(30, pairs.size());
        assertTrue(pairs.contains("m:f a"));
        assertTrue(pairs.stream().noneMatch(pair -> pair.contains("g") || pair.contains("h")), pairs.toString());
    }

    @Test
    void aPairIsCutToTheKeyColumn() {
        String longWord = "x".repeat(400);
        assertEquals(SearchKeys.MAX_LENGTH, SearchKeys.namePair("alfa", longWord).length());
    }

    @Test
    void pairKeysAreMadeFromNamesAsWordKeysAre() {
        assertTrue(SearchKeys.madeFromAnyOf(Set.of("name")).containsAll(Set.of(SearchKeys.NAME_WORD, SearchKeys.NAME_PAIR)));
        assertTrue(SearchKeys.madeFromAnyOf(Set.of("contacts.name")).contains(SearchKeys.NAME_PAIR));
        assertTrue(SearchKeys.madeFromAnyOf(Set.of("contacts")).contains(SearchKeys.NAME_PAIR));
        assertEquals(Set.of(), SearchKeys.madeFromAnyOf(Set.of("sector")));
    }
}
