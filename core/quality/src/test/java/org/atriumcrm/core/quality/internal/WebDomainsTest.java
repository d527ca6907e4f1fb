package org.atriumcrm.core.quality.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class WebDomainsTest {

    private final WebDomains domains = new WebDomains(Set.of("corp-mail.example"));

    @ParameterizedTest
    @ValueSource(strings = {"alfa.ru", "www.alfa.ru", "https://www.Alfa.RU/contacts", "http://alfa.ru:8080/", "shop.alfa.ru",
            "HTTPS://WWW.ALFA.RU", "alfa.ru/?utm_source=x", "https://m.alfa.ru#top"})
    void aWebsiteGivesItsRegistrableDomain(String website) {
        assertEquals(Optional.of("alfa.ru"), domains.fromWebsite(website));
    }

    @Test
    void secondLevelPublicSuffixesKeepTheCompanysLabel() {
        assertEquals(Optional.of("alfa-stroy.spb.ru"), domains.fromWebsite("www.alfa-stroy.spb.ru"));
        assertEquals(Optional.of("smith-sons.co.uk"), domains.fromWebsite("https://www.smith-sons.co.uk/about"));
        assertEquals(Optional.of("perez.com.es"), domains.fromWebsite("tienda.perez.com.es"));
    }

    @Test
    void internationalDomainNamesArePunycode() {
        assertEquals(Optional.of("xn--80aa6ayb0b.xn--p1ai"), domains.fromWebsite("https://альфа.рф"));
    }

    @Test
    void pagesOnSharedHostsGiveTheirOwnKey() {
        assertEquals(Optional.of("vk.com/alfa_spb"), domains.fromWebsite("https://vk.com/alfa_spb"));
        assertEquals(Optional.of("instagram.com/alfa.spb"), domains.fromWebsite("instagram.com/alfa.spb/"));
        assertEquals(Optional.of("linkedin.com/alfa-group"), domains.fromWebsite("https://www.linkedin.com/company/alfa-group"));
        assertEquals(Optional.of("alfa.tilda.ws"), domains.fromWebsite("http://alfa.tilda.ws"));
        assertEquals(Optional.empty(), domains.fromWebsite("https://vk.com/"));
        assertEquals(Optional.empty(), domains.fromWebsite("gmail.com"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "not a site", "http://", "localhost"})
    void textThatIsNoWebsiteGivesNothing(String website) {
        assertEquals(Optional.empty(), domains.fromWebsite(website));
    }

    @Test
    void companyEmailsGiveTheirDomain() {
        assertEquals(Optional.of("alfa.ru"), domains.fromEmail("ivan@alfa.ru"));
        assertEquals(Optional.of("alfa.ru"), domains.fromEmail("ivan@spb.alfa.ru"));
        assertEquals(Optional.of("perez.es"), domains.fromEmail("ana@perez.es"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"ivan@gmail.com", "ivan@yandex.ru", "ivan@ya.ru", "ivan@mail.ru", "ivan@hotmail.com", "ivan@outlook.com",
            "ivan@yahoo.es", "ivan@icloud.com", "ivan@gmx.de", "ivan@rambler.ru", "ivan@list.ru", "ivan@bk.ru", "ivan@inbox.ru",
            "ivan@protonmail.com", "ana@telefonica.net", "ann@btinternet.com", "ivan@corp-mail.example"})
    void publicMailProvidersGiveNoDomain(String address) {
        assertEquals(Optional.empty(), domains.fromEmail(address));
        assertTrue(domains.isPublicMailDomain(EmailNormalizer.domainOf(address)));
    }
}
