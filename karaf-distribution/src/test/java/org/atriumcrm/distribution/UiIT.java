package org.atriumcrm.distribution;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.util.List;

import org.junit.ClassRule;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TestRule;
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

    // an Atrium of its own: it installs and removes the fitness module and defines the client field "segment"
    @ClassRule
    public static final SignedInBrowser UI = new SignedInBrowser("ui", "/clients").withAtriumOfItsOwn();

    @Rule
    public final TestRule pages = UI.pageChecks();

    @Test
    public void aClientCreatedInTheFormIsFoundByItsPhoneInAnotherFormatAndACallLandsOnItsTimeline() throws Exception {
        createClient("Северный ветер", "+7 495 765-43-21");
        UI.browser().navigate("/clients");
        UI.browser().click("#new-client");
        UI.browser().type("#name", "Ferretería Sol Naciente");
        UI.browser().type("#phones-0", "+7 (812) 555-12-34");
        UI.browser().click("#save-client");
        UI.browser().untilText("#client-name", "Ferretería Sol Naciente");

        UI.browser().navigate("/clients");
        UI.browser().find("#clients tr[data-id]");
        UI.browser().type("#client-search", "8 812 5551234");
        UI.browser().until(page -> clientRows().size() == 1 && clientRows().get(0).getText().contains("Ferretería Sol Naciente"));
        UI.browser().click("#clients a.client-link");
        UI.browser().untilText("#client-name", "Ferretería Sol Naciente");

        UI.browser().click("#log-call");
        UI.browser().type("#activity-subject", "Called about the spring price list");
        UI.browser().type("#activity-result", "Wants a quote by Friday");
        UI.browser().click("#save-activity");
        UI.browser().untilText("#timeline", "Called about the spring price list");
        UI.browser().screenshot("client-card");
    }

    @Test
    public void theNewClientFormShowsTheLikelyDuplicateAsTheUserTypesAndSavesOnlyOnceTheUserConfirms() throws Exception {
        String existing = createClient("ООО «Вектор-Плюс»", "+7 (812) 700-11-22");
        UI.browser().navigate("/clients");
        UI.browser().click("#new-client");
        UI.browser().type("#name", "Вектор-Плюс, ООО");
        UI.browser().type("#phones-0", "8 812 7001122");
        UI.browser().untilText("duplicate-candidates li.candidate.STRONG[data-id='" + existing + "']",
                "ООО «Вектор-Плюс»");

        UI.browser().click("#save-client");
        UI.browser().find(".candidates-panel.refused");
        assertEquals("nothing saved yet", 1, Api.json(UI.api().get("/api/clients?q=" + java.net.URLEncoder.encode("8 812 7001122",
                java.nio.charset.StandardCharsets.UTF_8))).get("items").size());
        UI.browser().click("#confirm-new");
        UI.browser().click("#save-client");
        UI.browser().untilText("#client-name", "Вектор-Плюс, ООО");
    }

    @Test
    public void aDealDraggedToTheNextColumnMovesToThatStage() throws Exception {
        String client = createClient("Panadería Luna", "+34 912 345 678");
        JsonNode pipeline = Api.json(UI.api().get("/api/pipelines")).get(0);
        String first = pipeline.get("stages").get(0).get("id").asText();
        String second = pipeline.get("stages").get(1).get("id").asText();
        String deal = id(UI.api().post("/api/opportunities", "{\"clientId\":\"" + client + "\",\"title\":\"Two bread ovens\","
                + "\"pipelineId\":\"" + pipeline.get("id").asText() + "\",\"stageId\":\"" + first + "\","
                + "\"amount\":\"12500.00\",\"currency\":\"EUR\"}"));

        UI.browser().navigate("/pipeline");
        WebElement card = UI.browser().find(column(first) + " .deal-card[data-id='" + deal + "'] .deal-title");
        WebElement target = UI.browser().find(column(second));
        new Actions(UI.browser().driver()).clickAndHold(card).moveByOffset(12, 8).moveToElement(target).release().perform();

        UI.browser().find(column(second) + " .deal-card[data-id='" + deal + "']");
        UI.browser().until(page -> second.equals(stageOf(deal)));
        UI.browser().untilText(column(second) + " .deal-card[data-id='" + deal + "']", "Panadería Luna");
        UI.browser().screenshot("pipeline-board");
    }

    @Test
    public void theFormOffersCountriesInTheUsersLanguageAndTheCardShowsTheClientsWebsite() throws Exception {
        UI.browser().navigate("/clients");
        UI.browser().click("#new-client");
        try {
            new Select(UI.browser().find("#language")).selectByValue("es");
            UI.browser().until(page -> new Select(UI.browser().find("#country")).getOptions().size() > 240);
            new Select(UI.browser().find("#country")).selectByVisibleText("España");
            UI.browser().type("#name", "Naranjas del Turia S.L.");
            UI.browser().type("#phones-0", "667 017 197");
            UI.browser().type("#websites-0", "WWW.Naranjas-Turia.es/");
            UI.browser().click("#save-client");
            UI.browser().untilText("#client-name", "Naranjas del Turia S.L.");
            UI.browser().untilText(".card-details dl", "España");
            UI.browser().untilText(".card-details dl", "www.naranjas-turia.es");
        } finally {
            new Select(UI.browser().find("#language")).selectByValue("en");
        }
        JsonNode found = Api.json(UI.api().get("/api/clients?q=naranjas-turia.es")).get("items");
        assertEquals(found.toString(), 1, found.size());
        assertEquals("ES", found.get(0).get("addresses").get(0).get("country").asText());
        assertEquals("https://www.naranjas-turia.es", found.get(0).get("websites").get(0).asText());
        assertEquals("a Spanish number read in Spain", 1,
                Api.json(UI.api().get("/api/clients?q=%2B34667017197")).get("items").size());
    }

    @Test
    public void switchedToRussianTheCardSpeaksRussian() throws Exception {
        String client = createClient("Альфа", "+7 812 123-45-67");
        UI.browser().open(UI.homePage() + "#/clients/" + client);
        UI.browser().untilText("#client-name", "Альфа");
        try {
            new Select(UI.browser().find("#language")).selectByValue("ru");
            UI.browser().untilText("#details-heading", "Сведения");
            UI.browser().untilText("[role=tab][data-tab=timeline]", "История");
            UI.browser().untilText(".card-details dl", "Телефоны");
            UI.browser().untilText("#log-call", "Записать звонок");
            assertEquals("ru", UI.browser().script("return document.documentElement.lang"));
            assertTrue("the phone is written as in Russia",
                    UI.browser().find(".card-details dl").getText().contains("8 (812) 123-45-67"));
        } finally {
            new Select(UI.browser().find("#language")).selectByValue("en");
            UI.browser().untilText("#details-heading", "Details");
        }
    }

    @Test
    public void aModuleInstalledFromTheAdminPageAddsItsTabToTheOpenCardAndTakesItAwayWhenRemoved() throws Exception {
        String client = createClient("Gimnasio Olimpo", "+34 933 456 789");
        UI.browser().open(UI.homePage() + "#/clients/" + client);
        UI.browser().find("[role=tab][data-tab=timeline]");
        assertTrue(moduleTabs().isEmpty());
        UI.browser().script("window.atriumPageMark = 'not reloaded'");
        String cardWindow = UI.browser().driver().getWindowHandle();

        UI.browser().driver().switchTo().newWindow(WindowType.TAB);
        UI.browser().open(UI.homePage() + "#/admin/modules");
        UI.browser().click("button[data-action=install][data-module=" + FITNESS + "]");
        UI.browser().find("button[data-action=remove][data-module=" + FITNESS + "]");
        String adminWindow = UI.browser().driver().getWindowHandle();

        UI.browser().driver().switchTo().window(cardWindow);
        UI.browser().click("[role=tab][data-module=" + FITNESS + "]");
        UI.browser().find("[role=tabpanel] fitness-client-tab");
        // the module's chart keeps its size: its layout is not an inline style the policy would refuse
        UI.browser().find("#fitness-visits-chart");
        assertEquals("relative", UI.browser().script("return getComputedStyle(document.querySelector('.fitness-chart')).position"));
        assertEquals("not reloaded", UI.browser().script("return window.atriumPageMark"));

        UI.browser().driver().switchTo().window(adminWindow);
        UI.browser().click("button[data-action=remove][data-module=" + FITNESS + "]");
        UI.browser().find("button[data-action=install][data-module=" + FITNESS + "]");
        UI.browser().driver().close();

        UI.browser().driver().switchTo().window(cardWindow);
        UI.browser().until(page -> moduleTabs().isEmpty());
        UI.browser().find("[role=tab][data-tab=timeline][aria-selected=true]");
        assertEquals("not reloaded", UI.browser().script("return window.atriumPageMark"));
    }

    @Test
    public void aPicklistDefinedOnTheAdminPageIsOfferedByTheClientFormAndAnEmptyOneIsRefusedNextToItsField() {
        UI.browser().navigate("/admin/fields");
        UI.browser().click("#new-field");
        new Select(UI.browser().find("#field-kind")).selectByValue("CLIENT");
        UI.browser().type("#field-key", "segment");
        UI.browser().type("#field-label", "Segment");
        new Select(UI.browser().find("#field-type")).selectByValue("PICKLIST");
        UI.browser().click("#save-field");
        UI.browser().find("#field-options[aria-invalid=true]");
        UI.browser().find("[data-error-for^=options]");

        UI.browser().type("#field-options", "Retail\nWholesale\nPublic sector");
        UI.browser().click("#save-field");
        UI.browser().untilText("#custom-fields", "Segment");

        UI.browser().navigate("/clients");
        UI.browser().click("#new-client");
        Select segment = new Select(UI.browser().find("#cf-segment"));
        assertEquals(List.of("—", "Retail", "Wholesale", "Public sector"),
                segment.getOptions().stream().map(WebElement::getText).toList());
        UI.browser().click("#save-client");
        UI.browser().find("#name[aria-invalid=true]");
        UI.browser().find("[data-error-for=name]");
    }

    @Test
    public void aMarketingUserSeesOnlyWhatTheRoleAllows() throws Exception {
        String password = "ui-Marketing-4kP9wQ2z";
        HttpResponse<String> created = UI.api().post("/api/users", "{\"username\":\"marta\",\"displayName\":\"Marta Gil\","
                + "\"locale\":\"es\",\"roles\":[\"marketing\"],\"password\":\"" + password + "\"}");
        assertEquals(created.body(), 201, created.statusCode());
        try (Browser marta = Browser.headlessChromium()) {
            marta.open(UI.homePage());
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
            marta.open(UI.homePage() + "#/admin/users");
            marta.find("main h1");
            assertTrue(marta.all("admin-users").isEmpty());
        }
    }

    private static List<WebElement> clientRows() {
        return UI.browser().all("#clients tr[data-id]");
    }

    @Test
    public void theHomeScreenListsAnOverdueTaskAndABirthdayThatAreDoneAndSnoozedFromTheList() throws Exception {
        String me = Api.json(UI.api().get("/api/auth/session")).get("user").get("id").asText();
        java.time.Instant now = java.time.Instant.now();
        String born = java.time.LocalDate.now().minusYears(30).toString();
        JsonNode created = Api.created(UI.api().post("/api/clients", "{\"kind\":\"ORGANIZATION\",\"name\":\"Horno Alto\","
                + "\"responsibleManagerId\":\"" + me + "\",\"contacts\":[{\"name\":\"Lucía Alto\",\"birthday\":\"" + born + "\"}]}"));
        String client = created.get("id").asText();
        String contact = created.get("contacts").get(0).get("id").asText();
        String task = id(UI.api().post("/api/tasks", "{\"title\":\"Call Horno Alto back\",\"clientId\":\"" + client
                + "\",\"assigneeId\":\"" + me + "\",\"dueAt\":\"" + now.minus(java.time.Duration.ofHours(3)) + "\"}"));

        UI.browser().navigate("/my-day");
        String overdue = "li.next-action[data-kind='task.overdue'][data-key='core:task:" + task + "']";
        String birthday = "li.next-action[data-kind='birthday'][data-key^='core:birthday:" + contact + ":']";
        UI.browser().untilText(overdue, "Call Horno Alto back");
        UI.browser().untilText(birthday, "Lucía Alto (Horno Alto)");
        assertEquals("#/clients/" + client, UI.browser().find(overdue + " a.title").getAttribute("href")
                .replaceFirst("^.*(#/clients/)", "$1"));
        UI.browser().screenshot("my-day");

        UI.browser().click(overdue + " button.done");
        UI.browser().until(page -> UI.browser().all(overdue).isEmpty());
        assertEquals("DONE", Api.json(UI.api().get("/api/tasks/" + task)).get("status").asText());
        new Select(UI.browser().find(birthday + " select.snooze")).selectByValue("tomorrow");
        UI.browser().until(page -> UI.browser().all(birthday).isEmpty());
        UI.browser().navigate("/clients");
        UI.browser().navigate("/my-day");
        UI.browser().find("#next-heading");
        assertTrue("still snoozed when the page is opened again", UI.browser().all(birthday).isEmpty());
    }

    @Test
    public void filtersSavedInTheBrowserMoveToTheServerOnceAndASavedFilterSetsTheList() throws Exception {
        String me = Api.json(UI.api().get("/api/auth/session")).get("user").get("id").asText();
        for (String status : List.of("LEAD", "ACTIVE")) {
            id(UI.api().post("/api/clients?confirmedNew=true", "{\"kind\":\"ORGANIZATION\",\"name\":\"Quillon " + status
                    + "\",\"status\":\"" + status + "\"}"));
        }
        String legacyKey = "atrium.clientFilters." + me;
        UI.browser().navigate("/clients");
        UI.browser().script("localStorage.setItem(arguments[0], arguments[1])", legacyKey,
                "{\"Quillon leads\":{\"q\":\"quillon\",\"status\":\"LEAD\",\"sort\":\"name\",\"custom\":{}}}");
        // another page and back mounts the list again (not the home screen: it keeps today's birthdays a while)
        UI.browser().navigate("/pipeline");
        UI.browser().navigate("/clients");
        UI.browser().until(page -> UI.browser().all("#saved-filter option").stream()
                .anyMatch(option -> option.getText().equals("Quillon leads")));
        assertEquals("the browser keeps it no more", null, UI.browser().script("return localStorage.getItem(arguments[0])", legacyKey));
        JsonNode moved = Api.json(UI.api().get("/api/saved-filters")).get(0);
        assertEquals("Quillon leads", moved.get("name").asText());
        assertEquals("LEAD", moved.get("filter").get("status").asText());

        new Select(UI.browser().find("#saved-filter")).selectByVisibleText("Quillon leads");
        UI.browser().until(page -> clientRows().size() == 1 && clientRows().get(0).getText().contains("Quillon LEAD"));
        assertEquals("LEAD", new Select(UI.browser().find("#filter-status")).getFirstSelectedOption().getAttribute("value"));

        new Select(UI.browser().find("#filter-status")).selectByValue("ACTIVE");
        UI.browser().type("#filter-name", "Quillon customers");
        UI.browser().click("#share-filter");
        UI.browser().click(".saved-filters button[type=submit]");
        UI.browser().untilText("#saved-filter-notice", "Quillon customers");
        JsonNode shared = Api.json(UI.api().get("/api/saved-filters")).get(0);
        assertEquals("Quillon customers", shared.get("name").asText());
        assertEquals("ACTIVE", shared.get("filter").get("status").asText());
        assertTrue(shared.get("shared").asBoolean());
    }

    private static List<WebElement> moduleTabs() {
        return UI.browser().driver().findElements(By.cssSelector("[role=tab][data-module=" + FITNESS + "]"));
    }

    private static String column(String stageId) {
        return ".board-column[data-stage='" + stageId + "']";
    }

    private static String createClient(String name, String phone) throws IOException, InterruptedException {
        return id(UI.api().post("/api/clients",
                "{\"kind\":\"ORGANIZATION\",\"name\":\"" + name + "\",\"phones\":[\"" + phone + "\"]}"));
    }

    private static String id(HttpResponse<String> created) throws IOException {
        assertEquals(created.body(), 201, created.statusCode());
        return Api.json(created).get("id").asText();
    }

    private static String stageOf(String deal) {
        try {
            return Api.json(UI.api().get("/api/opportunities/" + deal)).get("stageId").asText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
