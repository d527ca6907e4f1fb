package org.atriumcrm.core.quality.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class NameSimilarityTest {

    private static NameFolder folder;

    @BeforeAll
    static void createFolder() {
        folder = new NameFolder();
    }

    private static double firms(String a, String b) {
        return NameSimilarity.of(folder.fold(a), folder.fold(b), false);
    }

    private static double people(String a, String b) {
        return NameSimilarity.of(folder.fold(a), folder.fold(b), true);
    }

    @Test
    void oneNameInDifferentDressIsTheSame() {
        assertEquals(1.0, firms("ООО «Альфа»", "Альфа, ООО"));
        assertEquals(1.0, firms("Альфа-Строй", "Alfa Stroy LLC"));
        assertEquals(1.0, firms("АльфаСтрой", "Альфа-Строй"), "words run together");
        assertEquals(1.0, people("Петров Иван", "Иван Петров"));
    }

    @Test
    void aTypoLeavesANameSimilar() {
        assertTrue(firms("Альфа-Строй", "Альфа-Стрй") >= 0.85, "a letter dropped");
        assertTrue(firms("Ромашка", "Рамашка") >= 0.85, "a letter changed");
        assertTrue(firms("Газпромбанк", "Газпробманк") >= 0.8, "two letters swapped");
        assertTrue(firms("Transportes Martínez", "Transportes Martines") >= 0.9);
        assertTrue(firms("Technologies of the Future", "Technolgies of the Future") >= 0.9);
    }

    @Test
    void aSharedBrandIsNotASimilarName() {
        assertTrue(firms("Альфа-Строй", "Альфа-Трейд") < MatchRules.SIMILAR_NAME_FROM, "Jaro-Winkler would give about 0.9 here");
        assertTrue(firms("Альфа", "Альфа-Строй") < MatchRules.SIMILAR_NAME_FROM);
        assertTrue(firms("Альфа-1", "Альфа-2") < MatchRules.SIMILAR_NAME_FROM, "numbers must be equal");
        assertTrue(firms("Grupo Sol", "Grupo Sal") < MatchRules.SIMILAR_NAME_FROM, "a changed letter in a word of three is another word");
    }

    @Test
    void aMissingPatronymicOrInitialsKeepPeopleSimilar() {
        assertEquals(NameSimilarity.CONTAINED, people("Петров Иван Сергеевич", "Иван Петров"), 1e-9);
        assertTrue(people("Петров И. С.", "Петров Иван Сергеевич") >= 0.85);
    }

    @Test
    void transliteratedInitialsMatchTheWordsTheyBegin() {
        assertTrue(people("Щукин Ю. С.", "Щукин Юрий Сергеевич") >= 0.85, "Ю. gives iu, the start of iuri");
        assertEquals(0, NameSimilarity.words("iu", "ivan", true));
        assertTrue(NameSimilarity.words("iu", "iuri", false) < NameSimilarity.WORD_MATCH, "firms have no initials");
    }

    @Test
    void wordsRunTogetherOrSplitAreJoined() {
        assertEquals(1.0, firms("Brightstar Solutions", "Bright Star Solutions"));
        assertEquals(1.0, firms("Silverlake Ventures", "Silver Lake Ventures"));
        assertTrue(firms("Oakridge Medical Center", "Oak Ridge Medical Centre") >= 0.9);
        assertTrue(firms("Silver Lake Ventures", "Silverlake Partners") < MatchRules.SIMILAR_NAME_FROM);
    }

    @Test
    void shortFirstNamesAreTheFullOnesForPeopleOnly() {
        assertEquals(folder.fold("Сидоров Василий", true).key(), folder.fold("Вася Сидоров", true).key());
        assertEquals(folder.fold("Robert Johnson", true).key(), folder.fold("Bob Johnson", true).key());
        assertEquals(folder.fold("Javier Ruiz", true).key(), folder.fold("Javi Ruiz", true).key());
        assertEquals("bob", folder.fold("Bob").key(), "a firm called Bob stays Bob");
        assertEquals(folder.fold("Петров Василий", true).key(), folder.fold("ИП Петров Вася").key(), "a sole trader is a person");
    }

    @Test
    void feminineFormsAreAnotherPerson() {
        assertEquals(0, people("Александр Петров", "Александра Петрова"));
        assertEquals(0, people("Подольский", "Подольская"));
        assertTrue(firms("Альфа", "Альф") > 0, "for firms a dropped last letter is a typo");
    }

    @Test
    void nothingInCommonIsZero() {
        assertEquals(0, firms("Ромашка", "Лютик"), 0.3);
        assertEquals(0, NameSimilarity.of(new FoldedName(java.util.List.of()), folder.fold("Альфа"), false));
    }

    @Test
    void editDistanceCountsATypoAsOneEdit() {
        assertEquals(1, EditDistance.between("stroi", "stri"));
        assertEquals(1, EditDistance.between("stroi", "srtoi"), "two neighbours swapped");
        assertEquals(1, EditDistance.between("alfa", "alfaa"));
        assertEquals(3, EditDistance.between("stroi", "treid"));
        assertEquals(0.8, EditDistance.similarity("stroi", "stri"), 1e-9);
    }
}
