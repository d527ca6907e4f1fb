package org.atriumcrm.core.store.internal.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;

import org.atriumcrm.core.quality.Normalizer;
import org.junit.jupiter.api.Test;

class SearchTermsTest {

    private final Normalizer phones = Normalizer.of("RU", "");

    @Test
    void aPhoneInAnyFormatBecomesItsE164KeyOrATaxId() {
        assertEquals(List.of(List.of("p:+78121234567", "t:88121234567")), SearchTerms.parse("88121234567", phones).terms());
        assertEquals(List.of(List.of("p:+78121234567")), SearchTerms.parse("+7 (812) 123-45-67", phones).terms());
    }

    @Test
    void keysOfAHiddenFieldAreNotSearched() {
        assertEquals(List.of(List.of("p:+77707083893")),
                SearchTerms.parse("7707083893", phones, Set.of("legalEntities")).terms(), "tax ids are a legal entity's");
        assertEquals(List.of(List.of("p:+77707083893")),
                SearchTerms.parse("7707083893", phones, Set.of("legalEntities.inn")).terms());
        assertSame(SearchTerms.NOTHING, SearchTerms.parse("+7 (812) 123-45-67", phones, Set.of("contacts.phones")),
                "a phone key may be a contact's");
        assertEquals(List.of(List.of("n:alfa%")), SearchTerms.parse("alfa", phones, Set.of("emails")).terms());
        assertEquals(List.of(List.of("n:alfa%", "e:alfa%")),
                SearchTerms.parse("alfa", phones, Set.of("purchasePotential", "legalEntities.kpp")).terms());
        assertSame(SearchTerms.NOTHING, SearchTerms.parse("ivan@alfa.ru", phones, Set.of("contacts")));
    }

    @Test
    void tenDigitsMayBeAPhoneOrAnInn() {
        assertEquals(List.of(List.of("p:+77707083893", "t:7707083893")), SearchTerms.parse("7707083893", phones).terms());
    }

    @Test
    void digitsThatAreNeitherMatchNothing() {
        assertSame(SearchTerms.NOTHING, SearchTerms.parse("000000000000000000", phones));
    }

    @Test
    void aLocalNumberTakesTheDefaultAreaCode() {
        Normalizer stPetersburg = Normalizer.of("RU", "812");
        assertEquals(List.of(List.of("p:+78121234567")), SearchTerms.parse("123-45-67", stPetersburg).terms());
        assertSame(SearchTerms.NOTHING, SearchTerms.parse("123-45-67", phones));
    }

    @Test
    void aNumberDialledFromAbroadIsReadAfterItsInternationalPrefix() {
        assertEquals(List.of(List.of("p:+34667017194", "t:0034667017194")), SearchTerms.parse("0034 667 017 194", phones).terms());
        assertEquals(List.of(List.of("p:+34667017194", "t:81034667017194")), SearchTerms.parse("810 34 667 017 194", phones).terms());
    }

    @Test
    void aWebsiteOrADomainFindsItsClientOrItsWordsDo() {
        assertEquals(List.of(List.of("m:www alfa%", "m:alfa www%", "m:www% alfa%", "d:alfa-stroy.spb.ru"),
                List.of("n:stroy%", "d:alfa-stroy.spb.ru"), List.of("n:spb%", "d:alfa-stroy.spb.ru"), List.of("n:ru%", "d:alfa-stroy.spb.ru")),
                SearchTerms.parse("www.Alfa-Stroy.spb.ru", phones).terms());
        assertEquals(List.of(List.of("m:https vk%", "m:vk https%", "m:https% vk%", "d:vk.com/alfa\\_spb"), List.of("n:com%", "d:vk.com/alfa\\_spb"),
                List.of("n:alfa%", "d:vk.com/alfa\\_spb"), List.of("n:spb%", "d:vk.com/alfa\\_spb")),
                SearchTerms.parse("https://vk.com/alfa_spb", phones).terms());
        assertEquals(List.of(List.of("m:s l%", "m:l s%", "m:s% l%")), SearchTerms.parse("S.L.", phones).terms(), "no domain");
    }

    @Test
    void anEmailIsAnEscapedPrefix() {
        assertEquals(List.of(List.of("e:ivan\\_petrov@mail%")), SearchTerms.parse("Ivan_Petrov@Mail", phones).terms());
    }

    @Test
    void oneWordMatchesNameWordsOrEmailStarts() {
        assertEquals(List.of(List.of("n:pena%", "e:pena%")), SearchTerms.parse("Peña", phones).terms());
        assertEquals(List.of(List.of("n:b65410011%", "e:b65410011%", "t:B65410011")),
                SearchTerms.parse("b65410011", phones).terms());
    }

    @Test
    void twoWordsAreOnePairOfOneNameWholeFirstWordFirst() {
        assertEquals(List.of(List.of("m:альфа ооо%", "m:ооо альфа%", "m:альфа% ооо%")),
                SearchTerms.parse("«Альфа», ООО", phones).terms());
        assertEquals(List.of(List.of("m:ivan smir%", "m:smir ivan%", "m:ivan% smir%")), SearchTerms.parse("Ivan Smir", phones).terms());
        assertEquals(List.of(List.of("m:ivan ivan%", "m:ivan% ivan%")), SearchTerms.parse("ivan IVAN", phones).terms(),
                "the same range is walked once");
    }

    @Test
    void wordsAfterTheSecondMustEachMatchSomeNameWord() {
        assertEquals(List.of(List.of("m:maria garcia%", "m:garcia maria%", "m:maria% garcia%"), List.of("n:lopez%")),
                SearchTerms.parse("María García López", phones).terms());
    }

    @Test
    void pairKeysAreNotSearchedWhenANameIsHidden() {
        assertSame(SearchTerms.NOTHING, SearchTerms.parse("ivan smirnov", phones, Set.of("name")));
        assertSame(SearchTerms.NOTHING, SearchTerms.parse("ivan smirnov", phones, Set.of("contacts.name")));
        assertSame(SearchTerms.NOTHING, SearchTerms.parse("ivan smirnov", phones, Set.of("contacts")));
        assertEquals(SearchTerms.parse("ivan smirnov", phones).terms(),
                SearchTerms.parse("ivan smirnov", phones, Set.of("contacts.phones", "emails")).terms());
    }

    @Test
    void blankOrPunctuationMatchesAll() {
        assertSame(SearchTerms.ALL, SearchTerms.parse("  ", phones));
        assertSame(SearchTerms.ALL, SearchTerms.parse("«»", phones));
        assertTrue(SearchTerms.parse(null, phones).terms().isEmpty());
    }
}
