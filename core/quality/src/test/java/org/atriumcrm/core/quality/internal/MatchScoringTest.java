package org.atriumcrm.core.quality.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;

import org.atriumcrm.core.api.ClientDraft;
import org.atriumcrm.core.quality.MatchDecision;
import org.atriumcrm.core.quality.MatchKey;
import org.atriumcrm.core.quality.MatchReason;
import org.atriumcrm.core.quality.MatchScore;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class MatchScoringTest {

    private static QualityService quality;

    @BeforeAll
    static void createService() {
        quality = new QualityService(QualitySettings.of("RU", "812"));
    }

    private static MatchScore score(Drafts draft, Drafts candidate) {
        return quality.score(quality.keysOf(draft.build()), quality.keysOf(candidate.build()));
    }

    private static List<String> codes(MatchScore score) {
        return score.reasons().stream().map(MatchReason::code).toList();
    }

    @Test
    void alfaWithTheLegalFormMovedAndAnotherPhoneFormatIsAStrongMatch() {
        ClientDraft draft = Drafts.org("«Альфа, ООО»").phones("8 812 123-45-67").build();
        ClientDraft stored = Drafts.org("ООО «Альфа»").phones("+7 (812) 123-45-67").build();
        Set<MatchKey> draftKeys = quality.keysOf(draft);
        Set<MatchKey> storedKeys = quality.keysOf(stored);
        assertTrue(draftKeys.stream().filter(MatchKey::lookup).anyMatch(storedKeys::contains), "the stored client is found by a key");
        MatchScore score = quality.score(draftKeys, storedKeys);
        assertEquals(MatchDecision.STRONG, score.decision(), score::toString);
        assertEquals(List.of("SAME_PHONE", "SAME_NAME"), codes(score));
        assertEquals("+78121234567", score.reasons().get(0).value());
    }

    @Test
    void alfaStroyAndAlfaTradeWithDifferentInnsAreNotAStrongMatch() {
        MatchScore score = score(Drafts.org("ООО «Альфа-Строй»").phones("+7 812 123-45-67").inn("7701234560"),
                Drafts.org("ООО «Альфа-Трейд»").phones("+7 812 123-45-67").inn("7812345675"));
        assertFalse(score.strong(), score::toString);
        assertTrue(codes(score).contains("DIFFERENT_INN"), score::toString);
    }

    @Test
    void differentInnsVetoEvenTheSameNameAndPhone() {
        MatchScore score = score(Drafts.org("Альфа").phones("+7 812 123-45-67").inn("7701234560"),
                Drafts.org("Альфа").phones("+7 812 123-45-67").inn("7812345675"));
        assertEquals(MatchDecision.POSSIBLE, score.decision(), score::toString);
    }

    @Test
    void oneInnInCommonIsStrongWhateverTheRest() {
        MatchScore score = score(Drafts.org("Альфа Групп").inn("7701234560"),
                Drafts.org("ООО «Бета»").inn("7701234560").inn("7812345675"));
        assertEquals(MatchDecision.STRONG, score.decision(), score::toString);
        assertEquals("SAME_INN", score.reasons().get(0).code());
        assertFalse(codes(score).contains("DIFFERENT_INN"));
    }

    @Test
    void aSimilarNameCarriesItsSimilarity() {
        MatchScore score = score(Drafts.org("Альфа-Стрй").phones("+7 812 123-45-67"), Drafts.org("ООО Альфа-Строй").phones("123-45-67"));
        assertEquals(MatchDecision.STRONG, score.decision(), score::toString);
        MatchReason name = score.reasons().stream().filter(reason -> reason.code().equals(MatchReason.SIMILAR_NAME)).findFirst().orElseThrow();
        assertTrue(name.similarity() > 0.85 && name.similarity() < MatchRules.SAME_NAME_FROM, name::toString);
    }

    @Test
    void aSharedSwitchboardAloneIsOnlyPossible() {
        MatchScore score = score(Drafts.org("Ромашка").phones("+7 812 123-45-67"), Drafts.org("Лютик").phones("+7 812 123-45-67"));
        assertEquals(MatchDecision.POSSIBLE, score.decision(), score::toString);
    }

    @Test
    void aGroupsSharedPhoneAndDomainWithDifferentNamesIsNotStrong() {
        MatchScore score = score(Drafts.org("Альфа-Строй").phones("+7 812 123-45-67").emails("stroy@alfa-group.ru"),
                Drafts.org("Альфа-Трейд").phones("+7 812 123-45-67").emails("trade@alfa-group.ru"));
        assertEquals(MatchDecision.POSSIBLE, score.decision(), score::toString);
        assertTrue(codes(score).contains(MatchReason.DIFFERENT_NAME), score::toString);
    }

    @Test
    void theSameEmailIsStrong() {
        MatchScore score = score(Drafts.person("Вася").emails("v.sidorov@mail.ru"), Drafts.person("Сидоров Василий").emails("V.Sidorov@mail.ru"));
        assertEquals(MatchDecision.STRONG, score.decision(), score::toString);
    }

    @Test
    void aDomainFromTheWebsiteMeetsTheDomainOfACompanyEmail() {
        MatchScore score = score(Drafts.org("Alfa Stroy").website("www.alfa-stroy.ru"), Drafts.org("Альфа-Строй").emails("info@alfa-stroy.ru"));
        assertEquals(MatchDecision.STRONG, score.decision(), score::toString);
        assertTrue(codes(score).contains("SAME_DOMAIN"), score::toString);
    }

    @Test
    void theSameFirmNameInTheSameCityIsStrongButInAnotherCityOnlyPossible() {
        assertEquals(MatchDecision.STRONG, score(Drafts.org("ООО Ромашка").city("Санкт-Петербург", "RU"),
                Drafts.org("Ромашка, ООО").city("СПб", "RU")).decision());
        assertEquals(MatchDecision.POSSIBLE, score(Drafts.org("ООО Ромашка").city("Санкт-Петербург", "RU"),
                Drafts.org("Ромашка, ООО").city("Москва", "RU")).decision());
    }

    @Test
    void namesakesAreAtMostPossible() {
        MatchScore score = score(Drafts.person("Иванов Иван").city("Москва", "RU"), Drafts.person("Иван Иванов").city("Москва", "RU"));
        assertEquals(MatchDecision.POSSIBLE, score.decision(), score::toString);
    }

    @Test
    void nothingInCommonIsNone() {
        MatchScore score = score(Drafts.org("Ромашка").phones("+7 812 123-45-67"), Drafts.org("Лютик").phones("+7 812 765-43-21"));
        assertEquals(MatchScore.none(), score);
    }

    @Test
    void scoresStayBetweenZeroAndOne() {
        MatchScore score = score(Drafts.org("Альфа").phones("123-45-67").emails("a@alfa.ru").website("alfa.ru").inn("7701234560"),
                Drafts.org("Альфа").phones("123-45-67").emails("a@alfa.ru").website("alfa.ru").inn("7701234560"));
        assertTrue(score.score() <= 1 && score.score() > 0.99, score::toString);
    }

    @Test
    void aModulesKeyInCommonCounts() {
        Set<MatchKey> draft = Set.of(new MatchKey("FITNESS_CARD", "000123"), new MatchKey("NAME", "ivan petrov"), new MatchKey("KIND", "PERSON"));
        Set<MatchKey> candidate = Set.of(new MatchKey("FITNESS_CARD", "000123"), new MatchKey("NAME", "ivan petrov"), new MatchKey("KIND", "PERSON"));
        MatchScore score = quality.score(draft, candidate);
        assertEquals("SAME_FITNESS_CARD", score.reasons().get(0).code());
        assertEquals(MatchDecision.STRONG, score.decision(), score::toString);
    }

    @Test
    void thresholdsComeFromTheConfiguration() {
        QualityService strict = new QualityService(new QualitySettings("RU", "812", Set.of(), 0.99, 0.9));
        Set<MatchKey> a = strict.keysOf(Drafts.org("Альфа").phones("123-45-67").build());
        Set<MatchKey> b = strict.keysOf(Drafts.org("ООО Альфа").phones("+7 812 123 45 67").build());
        assertEquals(MatchDecision.POSSIBLE, strict.score(a, b).decision());
        assertEquals(MatchDecision.STRONG, quality.score(a, b).decision());
    }
}
