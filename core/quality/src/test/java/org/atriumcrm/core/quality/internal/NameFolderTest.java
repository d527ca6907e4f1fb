package org.atriumcrm.core.quality.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class NameFolderTest {

    private static NameFolder folder;

    @BeforeAll
    static void createFolder() {
        folder = new NameFolder(); // loads ICU's transliteration data once
    }

    private static String key(String name) {
        return folder.fold(name).key();
    }

    @ParameterizedTest
    @ValueSource(strings = {"ООО «Альфа»", "Альфа, ООО", "«Альфа» ООО", "ООО \"Альфа\"", "ооо 'альфа'", "Общество с ограниченной ответственностью «Альфа»",
            "ОБЩЕСТВО С ОГРАНИЧЕННОЙ ОТВЕТСТВЕННОСТЬЮ \"АЛЬФА\"", "ЗАО Альфа", "АО «Альфа»", "ПАО Альфа", "Alfa LLC", "ALFA Ltd.", "Alpha Inc",
            "Alfa GmbH", "Alfa, S.L.", "Alfa SL", "Alfa S.A.", "ALFA, S.L.U.", "Alfa S.Coop.", "Alfa PLC", "Alfa LLP", "Alfa Corp.",
            "Альфа (ООО)", "OOO Alfa"})
    void legalFormsQuotesCaseAndScriptDoNotCount(String name) {
        assertEquals("alfa", key(name));
    }

    @Test
    void wordOrderDoesNotCount() {
        assertEquals(key("Construcciones Pérez, S.L."), key("Pérez Construcciones SL"));
        assertEquals(key("Иванов Иван Иванович"), key("Иван Иванович Иванов"));
        assertEquals("konstrukciones perez", key("Construcciones Pérez, S.L."));
    }

    @Test
    void accentsFold() {
        assertEquals(key("Peña Martínez"), key("Pena Martinez"));
        assertEquals(key("Müller"), key("Muller"));
        assertEquals(key("Ёлка"), key("Елка"));
    }

    @ParameterizedTest
    @CsvSource({
            "Альфа-Строй, Alfa-Stroy",
            "Щукин Юрий, Yuriy Shchukin",
            "Щукин Юрий, Iurii Schukin",
            "Технологии Будущего, Tekhnologii Budushchego",
            "Алексей Сергеев, Alexey Sergeev",
            "Михаил Хлебников, Mihail Hlebnikov",
            "Дмитрий Жуков, Dmitry Zhukov",
            "Наталья Иванова, Natalia Ivanova",
            "Ксения Цветкова, Kseniya Tsvetkova"})
    void cyrillicAndLatinSpellingsOfOneNameFoldTogether(String cyrillic, String latin) {
        assertEquals(key(cyrillic), key(latin));
    }

    @Test
    void theShortIMeetsTheLatinY() {
        assertEquals("stroi", key("Строй"));
        assertEquals(key("Строй"), key("Stroy"));
    }

    @Test
    void wordsRunTogetherHaveTheSameCompactForm() {
        assertEquals(folder.fold("Альфа-Строй").compact(), folder.fold("АльфаСтрой").compact());
    }

    @Test
    void aNameThatIsOnlyALegalFormIsKept() {
        assertEquals(List.of("o"), folder.fold("ООО").tokens());
    }

    @Test
    void fillersGoButLoneLettersStay() {
        assertEquals(key("Hermanos García y Cía., S.A."), key("Hermanos Garcia"));
        assertEquals("alfa m", key("Альфа М"));
        assertEquals(key("Smith & Sons Ltd"), key("Smith and Sons"));
    }

    @Test
    void apostrophesInsideWordsJoinThem() {
        assertEquals("obrien sons", key("O'Brien & Sons Ltd"));
        assertEquals(key("O’Brien"), key("OBrien"));
    }

    @Test
    void digitsStayInTheName() {
        assertEquals("1 alfa", key("АО Альфа-1"));
        assertNotEquals(key("Альфа-1"), key("Альфа-2"));
    }

    @Test
    void latinSkeletonFoldsTransliterationHabits() {
        assertEquals("sergei", LatinSkeleton.of("sergey"));
        assertEquals("sergei", LatinSkeleton.of("sergei"));
        assertEquals("sergev", LatinSkeleton.of("sergeyev"));
        assertEquals("alfa", LatinSkeleton.of("alpha"));
        assertEquals("konsulting", LatinSkeleton.of("consulting"));
        assertEquals("iuri", LatinSkeleton.of("yuriy"));
        assertEquals("aleksei", LatinSkeleton.of("alexey"));
    }

    @Test
    void soundKeysAreEqualForVowelTyposAndCloseConsonants() {
        assertEquals(SoundKey.of(folder.fold("Ромашка").compact()), SoundKey.of(folder.fold("Рамашка").compact()));
        assertEquals(SoundKey.of(folder.fold("Газпромбанк").compact()), SoundKey.of(folder.fold("Газпронбанк").compact()));
        assertEquals(SoundKey.of(folder.fold("Альфа-Строй").compact()), SoundKey.of(folder.fold("Alfa Stroi").compact()));
        assertNotEquals(SoundKey.of(folder.fold("Альфа-Строй").compact()), SoundKey.of(folder.fold("Альфа-Трейд").compact()));
        assertEquals("a41236", SoundKey.of("alfastroi"));
    }

    @Test
    void citiesFoldAcrossScriptsAndNicknames() {
        CityNames cities = new CityNames(folder);
        String spb = cities.key("Санкт-Петербург").orElseThrow();
        for (String name : List.of("г. Санкт-Петербург", "St. Petersburg", "Saint Petersburg", "СПб", "Питер", "SPb")) {
            assertEquals(spb, cities.key(name).orElseThrow(), name);
        }
        assertEquals(cities.key("Sevilla"), cities.key("Seville"));
        assertEquals(cities.key("Мадрид"), cities.key("Madrid"));
        assertNotEquals(cities.key("Москва"), cities.key("Санкт-Петербург"));
    }
}
