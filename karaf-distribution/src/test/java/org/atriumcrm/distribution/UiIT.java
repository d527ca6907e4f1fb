package org.atriumcrm.distribution;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.util.List;

import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TestWatcher;
import org.junit.rules.Verifier;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.Select;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The web UI as a user works it, in a real headless Chromium against the built distribution:
 * sign in, create a client, find it by its phone typed another way, log a call, move a deal on
 * the board, read the card in Russian, and see a module's tab come and go on an open card.
 * Screenshots of the card and the board are kept under target/ui-screenshots.
 */
public class UiIT {

    private static final String FITNESS = "fitness";

    private static RunningAtrium atrium;
    private static Api api;
    private static Browser browser;

    @Rule
    public final TestWatcher failures = browser.onFailure();
    @Rule
    public final Verifier policy = browser.keptToTheContentSecurityPolicy();

    @BeforeClass
    public static void startAtriumAndSignIn() throws Exception {
        atrium = RunningAtrium.start("ui");
        api = atrium.api();
        browser = Browser.headlessChromium();
        browser.signInAsAdmin(atrium.homePage(), "/clients");
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

    @Test
    public void aClientCreatedInTheFormIsFoundByItsPhoneInAnotherFormatAndACallLandsOnItsTimeline() throws Exception {
        createClient("Северный ветер", "+7 495 765-43-21");
        browser.navigate("/clients");
        browser.click("#new-client");
        browser.type("#name", "Ferretería Sol Naciente");
        browser.type("#phones-0", "+7 (812) 555-12-34");
        browser.click("#save-client");
        browser.untilText("#client-name", "Ferretería Sol Naciente");

        browser.navigate("/clients");
        browser.find("#clients tr[data-id]");
        browser.type("#client-search", "8 812 5551234");
        browser.until(page -> clientRows().size() == 1 && clientRows().get(0).getText().contains("Ferretería Sol Naciente"));
        browser.click("#clients a.client-link");
        browser.untilText("#client-name", "Ferretería Sol Naciente");

        browser.click("#log-call");
        browser.type("#activity-subject", "Called about the spring price list");
        browser.type("#activity-result", "Wants a quote by Friday");
        browser.click("#save-activity");
        browser.untilText("#timeline", "Called about the spring price list");
        browser.screenshot("client-card");
    }

    @Test
    public void theNewClientFormShowsTheLikelyDuplicateAsTheUserTypesAndSavesOnlyOnceTheUserConfirms() throws Exception {
        String existing = createClient("ООО «Вектор-Плюс»", "+7 (812) 700-11-22");
        browser.navigate("/clients");
        browser.click("#new-client");
        browser.type("#name", "Вектор-Плюс, ООО");
        browser.type("#phones-0", "8 812 7001122");
        browser.untilText("duplicate-candidates li.candidate.STRONG[data-id='" + existing + "']", "ООО «Вектор-Плюс»");

        browser.click("#save-client");
        browser.find(".candidates-panel.refused");
        assertEquals("nothing saved yet", 1, Api.json(api.get("/api/clients?q=" + java.net.URLEncoder.encode("8 812 7001122",
                java.nio.charset.StandardCharsets.UTF_8))).get("items").size());
        browser.click("#confirm-new");
        browser.click("#save-client");
        browser.untilText("#client-name", "Вектор-Плюс, ООО");
    }

    @Test
    public void aDealDraggedToTheNextColumnMovesToThatStage() throws Exception {
        String client = createClient("Panadería Luna", "+34 912 345 678");
        JsonNode pipeline = Api.json(api.get("/api/pipelines")).get(0);
        String first = pipeline.get("stages").get(0).get("id").asText();
        String second = pipeline.get("stages").get(1).get("id").asText();
        String deal = id(api.post("/api/opportunities", "{\"clientId\":\"" + client + "\",\"title\":\"Two bread ovens\","
                + "\"pipelineId\":\"" + pipeline.get("id").asText() + "\",\"stageId\":\"" + first + "\","
                + "\"amount\":\"12500.00\",\"currency\":\"EUR\"}"));

        browser.navigate("/pipeline");
        WebElement card = browser.find(column(first) + " .deal-card[data-id='" + deal + "'] .deal-title");
        WebElement target = browser.find(column(second));
        new Actions(browser.driver()).clickAndHold(card).moveByOffset(12, 8).moveToElement(target).release().perform();

        browser.find(column(second) + " .deal-card[data-id='" + deal + "']");
        browser.until(page -> second.equals(stageOf(deal)));
        browser.untilText(column(second) + " .deal-card[data-id='" + deal + "']", "Panadería Luna");
        browser.screenshot("pipeline-board");
    }

    @Test
    public void theFormOffersCountriesInTheUsersLanguageAndTheCardShowsTheClientsWebsite() throws Exception {
        browser.navigate("/clients");
        browser.click("#new-client");
        try {
            new Select(browser.find("#language")).selectByValue("es");
            browser.until(page -> new Select(browser.find("#country")).getOptions().size() > 240);
            new Select(browser.find("#country")).selectByVisibleText("España");
            browser.type("#name", "Naranjas del Turia S.L.");
            browser.type("#phones-0", "667 017 197");
            browser.type("#websites-0", "WWW.Naranjas-Turia.es/");
            browser.click("#save-client");
            browser.untilText("#client-name", "Naranjas del Turia S.L.");
            browser.untilText(".card-details dl", "España");
            browser.untilText(".card-details dl", "www.naranjas-turia.es");
        } finally {
            new Select(browser.find("#language")).selectByValue("en");
        }
        JsonNode found = Api.json(api.get("/api/clients?q=naranjas-turia.es")).get("items");
        assertEquals(found.toString(), 1, found.size());
        assertEquals("ES", found.get(0).get("addresses").get(0).get("country").asText());
        assertEquals("https://www.naranjas-turia.es", found.get(0).get("websites").get(0).asText());
        assertEquals("a Spanish number read in Spain", 1, Api.json(api.get("/api/clients?q=%2B34667017197")).get("items").size());
    }

    @Test
    public void switchedToRussianTheCardSpeaksRussian() throws Exception {
        String client = createClient("Альфа", "+7 812 123-45-67");
        browser.open(atrium.homePage() + "#/clients/" + client);
        browser.untilText("#client-name", "Альфа");
        try {
            new Select(browser.find("#language")).selectByValue("ru");
            browser.untilText("#details-heading", "Сведения");
            browser.untilText("[role=tab][data-tab=timeline]", "История");
            browser.untilText(".card-details dl", "Телефоны");
            browser.untilText("#log-call", "Записать звонок");
            assertEquals("ru", browser.script("return document.documentElement.lang"));
            assertTrue("the phone is written as in Russia", browser.find(".card-details dl").getText().contains("8 (812) 123-45-67"));
        } finally {
            new Select(browser.find("#language")).selectByValue("en");
            browser.untilText("#details-heading", "Details");
        }
    }

    @Test
    public void aModuleInstalledFromTheAdminPageAddsItsTabToTheOpenCardAndTakesItAwayWhenRemoved() throws Exception {
        String client = createClient("Gimnasio Olimpo", "+34 933 456 789");
        browser.open(atrium.homePage() + "#/clients/" + client);
        browser.find("[role=tab][data-tab=timeline]");
        assertTrue(moduleTabs().isEmpty());
        browser.script("window.atriumPageMark = 'not reloaded'");
        String cardWindow = browser.driver().getWindowHandle();

        browser.driver().switchTo().newWindow(WindowType.TAB);
        browser.open(atrium.homePage() + "#/admin/modules");
        browser.click("button[data-action=install][data-module=" + FITNESS + "]");
        browser.find("button[data-action=remove][data-module=" + FITNESS + "]");
        String adminWindow = browser.driver().getWindowHandle();

        browser.driver().switchTo().window(cardWindow);
        browser.click("[role=tab][data-module=" + FITNESS + "]");
        browser.find("[role=tabpanel] fitness-client-tab");
        // the module's chart keeps its size: its layout is not an inline style the policy would refuse
        browser.find("#fitness-visits-chart");
        assertEquals("relative", browser.script("return getComputedStyle(document.querySelector('.fitness-chart')).position"));
        assertEquals("not reloaded", browser.script("return window.atriumPageMark"));

        browser.driver().switchTo().window(adminWindow);
        browser.click("button[data-action=remove][data-module=" + FITNESS + "]");
        browser.find("button[data-action=install][data-module=" + FITNESS + "]");
        browser.driver().close();

        browser.driver().switchTo().window(cardWindow);
        browser.until(page -> moduleTabs().isEmpty());
        browser.find("[role=tab][data-tab=timeline][aria-selected=true]");
        assertEquals("not reloaded", browser.script("return window.atriumPageMark"));
    }

    @Test
    public void aPicklistDefinedOnTheAdminPageIsOfferedByTheClientFormAndAnEmptyOneIsRefusedNextToItsField() {
        browser.navigate("/admin/fields");
        browser.click("#new-field");
        new Select(browser.find("#field-kind")).selectByValue("CLIENT");
        browser.type("#field-key", "segment");
        browser.type("#field-label", "Segment");
        new Select(browser.find("#field-type")).selectByValue("PICKLIST");
        browser.click("#save-field");
        browser.find("#field-options[aria-invalid=true]");
        browser.find("[data-error-for^=options]");

        browser.type("#field-options", "Retail\nWholesale\nPublic sector");
        browser.click("#save-field");
        browser.untilText("#custom-fields", "Segment");

        browser.navigate("/clients");
        browser.click("#new-client");
        Select segment = new Select(browser.find("#cf-segment"));
        assertEquals(List.of("—", "Retail", "Wholesale", "Public sector"),
                segment.getOptions().stream().map(WebElement::getText).toList());
        browser.click("#save-client");
        browser.find("#name[aria-invalid=true]");
        browser.find("[data-error-for=name]");
    }

    @Test
    public void aMarketingUserSeesOnlyWhatTheRoleAllows() throws Exception {
        String password = "ui-Marketing-4kP9wQ2z";
        HttpResponse<String> created = api.post("/api/users", "{\"username\":\"marta\",\"displayName\":\"Marta Gil\","
                + "\"locale\":\"es\",\"roles\":[\"marketing\"],\"password\":\"" + password + "\"}");
        assertEquals(created.body(), 201, created.statusCode());
        try (Browser marta = Browser.headlessChromium()) {
            marta.open(atrium.homePage());
            marta.type("#username", "marta");
            marta.type("#password", "wrong password, twice over");
            marta.click(".sign-in button[type=submit]");
            marta.find("#sign-in-error");
            marta.type("#password", password);
            marta.click(".sign-in button[type=submit]");
            marta.untilText("nav", "Clientes");
            assertEquals("her own language, from her profile", "es", marta.script("return document.documentElement.lang"));
            assertTrue("no admin pages for marketing", marta.all("nav a[data-route^='/admin']").isEmpty());
            marta.click("#new-client");
            marta.find("#client-form");
            assertTrue("legal entities are hidden from marketing", marta.all("#inn").isEmpty());
            marta.open(atrium.homePage() + "#/admin/users");
            marta.find("main h1");
            assertTrue(marta.all("admin-users").isEmpty());
        }
    }

    private static List<WebElement> clientRows() {
        return browser.all("#clients tr[data-id]");
    }

    private static List<WebElement> moduleTabs() {
        return browser.driver().findElements(By.cssSelector("[role=tab][data-module=" + FITNESS + "]"));
    }

    private static String column(String stageId) {
        return ".board-column[data-stage='" + stageId + "']";
    }

    private static String createClient(String name, String phone) throws IOException, InterruptedException {
        return id(api.post("/api/clients", "{\"kind\":\"ORGANIZATION\",\"name\":\"" + name + "\",\"phones\":[\"" + phone + "\"]}"));
    }

    private static String id(HttpResponse<String> created) throws IOException {
        assertEquals(created.body(), 201, created.statusCode());
        return Api.json(created).get("id").asText();
    }

    private static String stageOf(String deal) {
        try {
            return Api.json(api.get("/api/opportunities/" + deal)).get("stageId").asText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
