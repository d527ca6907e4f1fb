package org.atriumcrm.distribution;

import static org.junit.Assert.assertEquals;

import java.net.http.HttpResponse;

import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TestWatcher;
import org.junit.rules.Verifier;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Bad data in a real browser: the client form shows the issues of what is typed next to the
 * fields and applies a suggested fix at a click, and the Bad data page lists a stored client's
 * issues linked to its form.
 */
public class DataQualityUiIT {

    private static RunningAtrium atrium;
    private static Api api;
    private static Browser browser;

    @Rule
    public final TestWatcher failures = browser.onFailure();
    @Rule
    public final Verifier policy = browser.keptToTheContentSecurityPolicy();

    @BeforeClass
    public static void startAtriumAndSignIn() throws Exception {
        atrium = RunningAtrium.start("data-quality-ui");
        api = atrium.api();
        browser = Browser.headlessChromium();
        browser.signInAsAdmin(atrium.homePage(), "/quality/issues");
    }

    @AfterClass
    public static void stop() {
        if (browser != null) {
            browser.close();
        }
        if (atrium != null) {
            atrium.stop();
        }
    }

    private static String value(String css) {
        return browser.find(css).getDomProperty("value");
    }

    @Test
    public void theFormAppliesSuggestedFixesAsTheUserTypes() throws Exception {
        browser.open(atrium.homePage() + "#/clients/new");
        browser.type("#name", "ООО «ВЕКТОР-ПЛЮС»");
        browser.type("#phones-0", "Ivan@Vektor-Plus.ru");

        browser.untilText(".quality-hint[data-field='name']", "Name in capitals");
        browser.untilText(".quality-hint[data-field='phones[0]']", "E-mail in a phone field");
        browser.untilText("#quality-heading", "(2)");
        browser.screenshot("quality-hints");
        browser.click(".quality-hint[data-field='name'] button[data-action='apply-fix']");
        assertEquals("ООО «Вектор-Плюс»", value("#name"));
        browser.click(".quality-hint[data-field='phones[0]'] button[data-action='apply-fix']");
        assertEquals("ivan@vektor-plus.ru", value("#emails-0"));
        assertEquals("", value("#phones-0"));
        browser.until(driver -> browser.all(".quality-hint").isEmpty());

        browser.click("#save-client");
        browser.untilText("#client-name", "ООО «Вектор-Плюс»");
        String id = browser.driver().getCurrentUrl().replaceAll("^.*#/clients/", "");
        JsonNode saved = Api.json(api.get("/api/clients/" + id));
        assertEquals("ivan@vektor-plus.ru", saved.get("emails").get(0).asText());
        assertEquals(0, Api.json(api.get("/api/clients/" + id + "/quality-issues")).get("issues").size());
    }

    @Test
    public void theBadDataPageListsAStoredClientsIssuesByKind() throws Exception {
        HttpResponse<String> created = api.post("/api/clients?confirmedNew=true",
                "{\"kind\":\"ORGANIZATION\",\"name\":\"CONSTRUCCIONES PÉREZ Y HERMANOS, S.L.\",\"phones\":[\"+34 612 345 678\"]}");
        assertEquals(created.body(), 201, created.statusCode());
        String id = Api.json(created).get("id").asText();

        browser.open(atrium.homePage() + "#/clients");
        browser.navigate("/quality/issues");
        String row = "#quality-issues-table tr[data-client='" + id + "']";
        browser.untilText(row, "Name in capitals");
        browser.untilText(row, "Replace with Construcciones Pérez y Hermanos, S.L.");
        browser.find("#quality-type option[value='WRONG_CHECKSUM']").click();
        browser.until(driver -> browser.all(row).isEmpty());
        browser.find("#quality-type option[value='ALL_CAPS_NAME']").click();
        browser.untilText(row, "Name in capitals");
        browser.screenshot("quality-issues");

        browser.click(row + " a");
        browser.until(driver -> driver.getCurrentUrl().endsWith("#/clients/" + id + "/edit"));
        browser.untilText(".quality-hint[data-field='name']", "Name in capitals");
    }
}
