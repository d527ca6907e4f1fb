package org.atriumcrm.distribution;

import static org.junit.Assert.assertEquals;

import java.net.http.HttpResponse;

import org.junit.ClassRule;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TestRule;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Bad data in a real browser: the client form shows the issues of what is typed next to the
 * fields and applies a suggested fix at a click, and the Bad data page lists a stored client's
 * issues linked to its form.
 */
public class DataQualityUiIT {

    @ClassRule
    public static final SignedInBrowser UI = new SignedInBrowser("data-quality-ui", "/quality/issues");

    @Rule
    public final TestRule pages = UI.pageChecks();

    /** Shows more of the report until {@code row} is in it: the base holds other classes' clients, listed by id. */
    private static void showMoreUntilListed(String row) {
        String more = ".quality-issues .list-end button";
        UI.browser().find("#quality-issues-table");
        while (UI.browser().all(row).isEmpty()) {
            UI.browser().click(more);
            UI.browser().until(driver -> !UI.browser().all(row).isEmpty() || !UI.browser().all(more + ":enabled").isEmpty());
        }
    }

    private static String value(String css) {
        return UI.browser().find(css).getDomProperty("value");
    }

    @Test
    public void theFormAppliesSuggestedFixesAsTheUserTypes() throws Exception {
        UI.browser().open(UI.homePage() + "#/clients/new");
        UI.browser().type("#name", "ООО «ВЕКТОР-ПЛЮС»");
        UI.browser().type("#phones-0", "Ivan@Vektor-Plus.ru");

        UI.browser().untilText(".quality-hint[data-field='name']", "Name in capitals");
        UI.browser().untilText(".quality-hint[data-field='phones[0]']", "E-mail in a phone field");
        UI.browser().untilText("#quality-heading", "(2)");
        UI.browser().screenshot("quality-hints");
        UI.browser().click(".quality-hint[data-field='name'] button[data-action='apply-fix']");
        assertEquals("ООО «Вектор-Плюс»", value("#name"));
        UI.browser().click(".quality-hint[data-field='phones[0]'] button[data-action='apply-fix']");
        assertEquals("ivan@vektor-plus.ru", value("#emails-0"));
        assertEquals("", value("#phones-0"));
        UI.browser().until(driver -> UI.browser().all(".quality-hint").isEmpty());

        UI.browser().click("#save-client");
        UI.browser().untilText("#client-name", "ООО «Вектор-Плюс»");
        String id = UI.browser().driver().getCurrentUrl().replaceAll("^.*#/clients/", "");
        JsonNode saved = Api.json(UI.api().get("/api/clients/" + id));
        assertEquals("ivan@vektor-plus.ru", saved.get("emails").get(0).asText());
        assertEquals(0, Api.json(UI.api().get("/api/clients/" + id + "/quality-issues")).get("issues").size());
    }

    @Test
    public void theBadDataPageListsAStoredClientsIssuesByKind() throws Exception {
        HttpResponse<String> created = UI.api().post("/api/clients?confirmedNew=true",
                "{\"kind\":\"ORGANIZATION\",\"name\":\"CONSTRUCCIONES PÉREZ Y HERMANOS, S.L.\",\"phones\":[\"+34 612 345 678\"]}");
        assertEquals(created.body(), 201, created.statusCode());
        String id = Api.json(created).get("id").asText();

        UI.browser().open(UI.homePage() + "#/clients");
        UI.browser().navigate("/quality/issues");
        String row = "#quality-issues-table tr[data-client='" + id + "']";
        showMoreUntilListed(row);
        UI.browser().untilText(row, "Name in capitals");
        UI.browser().untilText(row, "Replace with Construcciones Pérez y Hermanos, S.L.");
        UI.browser().find("#quality-type option[value='WRONG_CHECKSUM']").click();
        UI.browser().until(driver -> UI.browser().all(row).isEmpty());
        UI.browser().find("#quality-type option[value='ALL_CAPS_NAME']").click();
        UI.browser().until(driver -> UI.browser().all("#quality-issues-table tr[data-issue]:not([data-issue='ALL_CAPS_NAME'])").isEmpty());
        showMoreUntilListed(row);
        UI.browser().untilText(row, "Name in capitals");
        UI.browser().screenshot("quality-issues");

        UI.browser().click(row + " a");
        UI.browser().until(driver -> driver.getCurrentUrl().endsWith("#/clients/" + id + "/edit"));
        UI.browser().untilText(".quality-hint[data-field='name']", "Name in capitals");
    }
}
