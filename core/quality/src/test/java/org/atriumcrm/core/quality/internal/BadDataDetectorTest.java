package org.atriumcrm.core.quality.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.atriumcrm.core.api.ClientDraft;
import org.atriumcrm.core.quality.QualityIssue;
import org.atriumcrm.core.quality.QualityIssueType;
import org.atriumcrm.core.quality.SuggestedFix;
import org.atriumcrm.core.quality.SuggestedFix.Action;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class BadDataDetectorTest {

    private static QualityService spb;
    private static QualityService russia;

    @BeforeAll
    static void createServices() {
        spb = new QualityService(QualitySettings.of("RU", "812"));
        russia = new QualityService(QualitySettings.of("RU", ""));
    }

    private static QualityIssue only(List<QualityIssue> issues) {
        assertEquals(1, issues.size(), issues::toString);
        return issues.get(0);
    }

    @Test
    void aCleanClientHasNoIssues() {
        ClientDraft draft = Drafts.org("ООО «Альфа-Строй»").phones("8 812 123-45-67", "+34 612 345 678").emails("info@alfa-stroy.ru")
                .entity("ООО «Альфа-Строй»", "RU", "7701234560", "1027700123450", null, null)
                .entity("Alfa Stroy, S.L.", "ES", null, null, "B12345674", "ESB12345674")
                .contact("Иван Петров", List.of("+7 921 000-00-01"), List.of("petrov@gmail.com")).build();
        assertEquals(List.of(), spb.check(draft));
    }

    @Test
    void anEmailInAPhoneFieldIsMovedToTheEmails() {
        QualityIssue issue = only(spb.check(Drafts.org("Альфа").phones("8 812 123-45-67", "Ivan@Alfa.ru").build()));
        assertEquals("phones[1]", issue.field());
        assertEquals(QualityIssueType.EMAIL_IN_PHONE_FIELD, issue.type());
        assertEquals(new SuggestedFix(Action.MOVE, "emails", List.of("ivan@alfa.ru"), null), issue.fix());
    }

    @Test
    void aPhoneInAnEmailFieldIsMovedToThePhones() {
        QualityIssue issue = only(spb.check(Drafts.org("Альфа").emails("8 812 123-45-67").build()));
        assertEquals(QualityIssueType.PHONE_IN_EMAIL_FIELD, issue.type());
        assertEquals(List.of("+78121234567"), issue.fix().values());
        assertEquals("phones", issue.fix().targetField());
    }

    @Test
    void aContactsFieldsAreNamedWithTheirContact() {
        QualityIssue issue = only(spb.check(Drafts.org("Альфа").contact("Иван", List.of("ivan@alfa.ru"), List.of()).build()));
        assertEquals("contacts[0].phones[0]", issue.field());
        assertEquals("contacts[0].emails", issue.fix().targetField());
    }

    @Test
    void aPhoneNotValidForItsRegionIsReported() {
        QualityIssue issue = only(russia.check(Drafts.org("Альфа").phones("8 812 123-45-6").build()));
        assertEquals(QualityIssueType.INVALID_PHONE, issue.type());
        assertNull(issue.fix());
    }

    @Test
    void aLocalNumberGetsTheDefaultAreaCodeAsItsFix() {
        // a service configured without area code sees 123-45-67 as invalid; the fix needs a code to suggest
        QualityIssue issue = only(russia.check(Drafts.org("Альфа").phones("34 612 345 678").build()));
        assertEquals(QualityIssueType.INVALID_PHONE, issue.type());
        assertEquals(List.of("+34 612 34 56 78"), issue.fix().values());
    }

    @Test
    void aSpanishClientsPhonesAreCheckedInSpain() {
        assertEquals(List.of(), spb.check(Drafts.org("Transportes Martínez").phones("912 345 678").city("Madrid", "ES").build()));
    }

    @Test
    void textInAPhoneFieldIsNoPhone() {
        QualityIssue issue = only(spb.check(Drafts.org("Альфа").phones("звонить после обеда").build()));
        assertEquals(QualityIssueType.INVALID_PHONE, issue.type());
        assertEquals("is not a phone number", issue.message());
    }

    @Test
    void severalPhonesInOneFieldAreSplit() {
        QualityIssue issue = only(spb.check(Drafts.org("Альфа").phones("123-45-67, 765-43-21").build()));
        assertEquals(QualityIssueType.SEVERAL_VALUES_IN_ONE_FIELD, issue.type());
        assertEquals(new SuggestedFix(Action.SPLIT, "phones", List.of("123-45-67", "765-43-21"), null), issue.fix());
    }

    @Test
    void brokenAndMisspeltEmailsGetAFix() {
        assertEquals(List.of("ivan@alfa.ru"), only(spb.check(Drafts.org("А").emails("ivan(at)alfa.ru").build())).fix().values());
        assertEquals(List.of("ivan@alfa.ru"), only(spb.check(Drafts.org("А").emails("ivan@alfa,ru").build())).fix().values());
        assertEquals(List.of("ivan@gmail.com"), only(spb.check(Drafts.org("А").emails("ivan@gmial.com").build())).fix().values());
        assertEquals(List.of("ivan@yandex.ru"), only(spb.check(Drafts.org("А").emails("ivan@yandex.ry").build())).fix().values());
        assertEquals(List.of("ivan@gmail.com"), only(spb.check(Drafts.org("А").emails("ivan@gmail").build())).fix().values());
        QualityIssue hopeless = only(spb.check(Drafts.org("А").emails("ivan").build()));
        assertEquals(QualityIssueType.INVALID_EMAIL, hopeless.type());
        assertNull(hopeless.fix());
    }

    @Test
    void aCompanyDomainNearAProviderIsNotMisspelt() {
        assertEquals(List.of(), spb.check(Drafts.org("Альфа").emails("info@alfa-stroy.ru", "ana@perez-sl.es").build()));
    }

    @Test
    void wrongChecksumsAreReportedWithTheCheckDigitTheOtherDigitsGive() {
        QualityIssue issue = only(spb.check(Drafts.org("Альфа").inn("7701234561").build()));
        assertEquals("legalEntities[0].inn", issue.field());
        assertEquals(QualityIssueType.WRONG_CHECKSUM, issue.type());
        assertEquals(List.of("7701234560"), issue.fix().values());
        assertTrue(issue.fix().note().contains("documents"));

        assertEquals(QualityIssueType.WRONG_CHECKSUM, only(spb.check(Drafts.org("Альфа")
                .entity(null, "RU", null, "1027700123451", null, null).build())).type());
        assertEquals(List.of("12345678Z"), only(spb.check(Drafts.org("Pérez")
                .entity(null, "ES", null, null, "12345678A", null).build())).fix().values());
        assertEquals(List.of("ESB12345674"), only(spb.check(Drafts.org("Pérez")
                .entity(null, "ES", null, null, null, "ESB12345675").build())).fix().values());
    }

    @Test
    void taxIdsOfTheWrongLengthAreInvalid() {
        QualityIssue issue = only(spb.check(Drafts.org("Альфа").inn("77012345").build()));
        assertEquals(QualityIssueType.INVALID_TAX_ID, issue.type());
        assertNull(issue.fix());
    }

    @Test
    void anOgrnInTheInnFieldIsMovedToTheOgrn() {
        QualityIssue issue = only(spb.check(Drafts.org("Альфа").inn("1027700123450").build()));
        assertEquals(QualityIssueType.TAX_ID_IN_WRONG_FIELD, issue.type());
        assertEquals(new SuggestedFix(Action.MOVE, "legalEntities[0].ogrn", List.of("1027700123450"), null), issue.fix());
    }

    @Test
    void aNameInCapitalsGetsTitleCase() {
        QualityIssue issue = only(spb.check(Drafts.org("ООО «АЛЬФА-СТРОЙ»").build()));
        assertEquals(QualityIssueType.ALL_CAPS_NAME, issue.type());
        assertEquals(List.of("ООО «Альфа-Строй»"), issue.fix().values());
        assertEquals(List.of("Construcciones Pérez y Hermanos, S.L."),
                only(spb.check(Drafts.org("CONSTRUCCIONES PÉREZ Y HERMANOS, S.L.").build())).fix().values());
        assertEquals(List.of("Иванов Иван Иванович"),
                only(spb.check(Drafts.org("Альфа").contact("ИВАНОВ ИВАН ИВАНОВИЧ", List.of(), List.of()).build())).fix().values());
    }

    @Test
    void acronymsAndNamesInMixedCaseAreNotShouting() {
        assertEquals(List.of(), spb.check(Drafts.org("IBM").build()));
        assertEquals(List.of(), spb.check(Drafts.org("ООО «КПМГ»").build()));
        assertEquals(List.of(), spb.check(Drafts.org("ООО «Альфа-Строй»").build()));
        assertEquals(List.of(), spb.check(Drafts.org("McDonald's").build()));
    }
}
