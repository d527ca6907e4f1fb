package org.atriumcrm.core.quality.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EmailNormalizerTest {

    @ParameterizedTest
    @ValueSource(strings = {"ivan.petrov@alfa.ru", " Ivan.Petrov@ALFA.RU ", "mailto:Ivan.Petrov@alfa.ru", "MAILTO: ivan.petrov@alfa.ru",
            "Иван Петров <ivan.petrov@alfa.ru>", "<ivan.petrov@alfa.ru>", "ivan.petrov@alfa.ru.", "«ivan.petrov@alfa.ru»",
            "mailto:ivan.petrov@alfa.ru?subject=Счёт", "ivan.petrov @ alfa.ru"})
    void caseWhitespaceMailtoAndDecorationDoNotCount(String typed) {
        assertEquals(Optional.of("ivan.petrov@alfa.ru"), EmailNormalizer.clean(typed));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "ivan", "ivan@", "@alfa.ru", "ivan@alfa", "ivan@@alfa.ru", "ivan..petrov@alfa.ru", "ivan@alfa,ru",
            "+7 812 123-45-67"})
    void whatIsNoAddressGivesNothing(String typed) {
        assertEquals(Optional.empty(), EmailNormalizer.clean(typed));
    }

    @Test
    void internationalDomainsBecomePunycode() {
        assertEquals(Optional.of("info@xn--80aswg.xn--p1ai"), EmailNormalizer.clean("info@сайт.рф"));
    }

    @Test
    void gmailIgnoresDotsAndTagsAndGooglemailIsGmail() {
        assertEquals(Optional.of("ivanpetrov@gmail.com"), EmailNormalizer.canonical("Ivan.Petrov+crm@gmail.com"));
        assertEquals(Optional.of("ivanpetrov@gmail.com"), EmailNormalizer.canonical("ivanpetrov@googlemail.com"));
    }

    @Test
    void yandexHasOneMailboxUnderAllItsDomains() {
        assertEquals(Optional.of("ivan-petrov@yandex.ru"), EmailNormalizer.canonical("ivan.petrov@ya.ru"));
        assertEquals(Optional.of("ivan-petrov@yandex.ru"), EmailNormalizer.canonical("Ivan-Petrov@yandex.com"));
    }

    @Test
    void otherProvidersKeepDotsAndTags() {
        assertEquals(Optional.of("ivan.petrov+crm@alfa.ru"), EmailNormalizer.canonical("ivan.petrov+crm@alfa.ru"));
        assertEquals(Optional.of("i.petrov@mail.ru"), EmailNormalizer.canonical("I.Petrov@Mail.ru"));
    }
}
