package org.atriumcrm.distribution;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFilePut;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;

import org.junit.ClassRule;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TestRule;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The automation screens in a real headless Chromium. The engine's clock runs 8 days ahead and the
 * sweep for time-based triggers comes every minute, so a deal created now has sat in its stage for a
 * week to the engine: the "deal stuck" rule built in the editor fires for it, and its run, with the
 * task it made, shows in the run log. Templates are previewed for a client in another language, a web
 * form's snippet is offered to copy, a webhook's secret is shown once and its deliveries listed, a rule
 * shows its versions and is deleted while its runs stay in the log, a page at a time, and a user whose
 * role has no automation section sees none of it.
 */
public class AutomationUiIT {

    private static final String AUTOMATION_CFG = "etc/org.atriumcrm.automation.cfg";

    // an Atrium of its own: its clock runs eight days ahead and its sweeps and retries are configured
    @ClassRule
    public static final SignedInBrowser UI = new SignedInBrowser("automation-ui", "/automation/rules")
            .startedWith(editConfigurationFilePut(AUTOMATION_CFG, "clock.offset.days", "8"),
                    editConfigurationFilePut(AUTOMATION_CFG, "sweep.interval.minutes", "1"),
                    editConfigurationFilePut(AUTOMATION_CFG, "webhook.allow.http", "true"),
                    editConfigurationFilePut(AUTOMATION_CFG, "retry.first.delay.seconds", "1"));

    @Rule
    public final TestRule pages = UI.pageChecks();

    private static String id(HttpResponse<String> created) throws Exception {
        return Api.created(created).get("id").asText();
    }

    private static String client(String name) throws Exception {
        return id(UI.api().post("/api/clients?confirmedNew=true", "{\"kind\":\"ORGANIZATION\",\"name\":\"" + name + "\"}"));
    }

    private static void select(String css, String value) {
        new Select(UI.browser().find(css)).selectByValue(value);
    }

    @Test
    public void theDealStuckRuleBuiltInTheEditorRunsOnceForTheDealItNamesAndTheRunIsInTheLog() throws Exception {
        String admin = Api.json(UI.api().get("/api/auth/session")).get("user").get("id").asText();
        String harbour = client("Quiet Harbour Ltd");
        String quiet = id(UI.api().post("/api/opportunities", "{\"clientId\":\"" + harbour + "\",\"title\":\"Quiet harbour cranes\","
                + "\"ownerId\":\"" + admin + "\"}"));
        String busy = id(UI.api().post("/api/opportunities", "{\"clientId\":\"" + harbour + "\",\"title\":\"Busy quay lights\","
                + "\"ownerId\":\"" + admin + "\"}"));

        UI.browser().navigate("/automation/rules");
        UI.browser().click("#new-rule");
        UI.browser().type("#rule-name", "Deal stuck for a week");
        select("#rule-trigger-type", "opportunity.stuck");
        UI.browser().find("#trigger-arg-days");
        UI.browser().click("#save-rule");
        // the server's errors, each beside its input: the days the trigger declares, the action's type
        UI.browser().find("#trigger-arg-days[aria-invalid=true]");
        UI.browser().find("[data-error-for='trigger.arguments.days']");
        UI.browser().find("[data-error-for='actions[0].type']");
        assertTrue(Api.json(UI.api().get("/api/automation/rules")).findValuesAsText("name").stream()
                .noneMatch("Deal stuck for a week"::equals));

        UI.browser().type("#trigger-arg-days", "7");
        UI.browser().click("#rule-conditions [data-action=add-condition]");
        UI.browser().type("#rule-conditions [data-input=field]", "title");
        select("#rule-conditions [data-input=op]", "contains");
        UI.browser().type("#rule-conditions [data-input=value]", "quiet");
        select("#rule-actions [data-input=action-type]", "core.create-task");
        // the inputs are the parameters the action type declares
        String row = "#rule-actions [data-index='0']";
        for (String parameter : List.of("title", "description", "assignee", "dueInDays", "priority")) {
            UI.browser().find(row + " [data-parameter=" + parameter + "] input");
        }
        UI.browser().type(row + " [data-parameter=title] input", "Call: the deal has been stuck a week");
        UI.browser().type(row + " [data-parameter=priority] input", "HIGH");
        UI.browser().screenshot("automation-rule-editor");
        UI.browser().click("#save-rule");
        UI.browser().untilText("#rules-notice", "version 1");
        UI.browser().screenshot("automation-rules");

        JsonNode rule = Api.json(UI.api().get("/api/automation/rules")).findParents("name").stream()
                .filter(found -> found.get("name").asText().equals("Deal stuck for a week")).findFirst().orElseThrow();
        String ruleId = rule.get("id").asText();
        assertTrue(rule.get("enabled").asBoolean());
        assertEquals("7", rule.get("trigger").get("arguments").get("days").asText());
        assertEquals("{\"all\":[{\"field\":\"title\",\"op\":\"contains\",\"value\":\"quiet\"}]}", rule.get("conditions").toString());

        // the sweep comes within a minute; the log reads itself again meanwhile
        UI.browser().navigate("/automation/runs");
        String run = "#runs tr[data-rule='" + ruleId + "'][data-status=SUCCEEDED]";
        UI.browser().until(page -> !UI.browser().all(run).isEmpty(), Duration.ofSeconds(180));
        WebElement logged = UI.browser().find(run);
        assertEquals(quiet, logged.getAttribute("data-record"));
        assertTrue(logged.getText(), logged.getText().contains("Deal stuck for a week"));
        assertTrue(logged.getText(), logged.getText().contains("Create a task"));
        assertTrue(logged.getText(), logged.getText().contains("Quiet Harbour Ltd"));
        assertEquals("1", logged.findElement(By.cssSelector("[data-rule-version]")).getAttribute("data-rule-version"));
        assertEquals("true", logged.findElement(By.cssSelector("[data-action-result='0']")).getAttribute("data-ok"));
        UI.browser().screenshot("automation-runs");

        JsonNode page = Api.json(UI.api().get("/api/tasks?clientId=" + harbour));
        JsonNode tasks = page.has("items") ? page.get("items") : page;
        assertEquals(tasks.toString(), 1, tasks.size());
        assertEquals("Call: the deal has been stuck a week", tasks.get(0).get("title").asText());
        assertEquals(quiet, tasks.get(0).get("opportunityId").asText());
        assertEquals("the condition keeps the other deal out", 0,
                Api.json(UI.api().get("/api/automation/runs?ruleId=" + ruleId + "&recordId=" + busy)).size());

        // a changed definition is a new version; the run keeps naming the version it ran
        UI.browser().navigate("/automation/rules");
        UI.browser().click("#rules tr[data-rule='" + ruleId + "'] [data-action=edit-rule]");
        assertEquals("title", UI.browser().find("#rule-conditions [data-input=field]").getDomProperty("value"));
        UI.browser().type("#trigger-arg-days", "10");
        UI.browser().click("#save-rule");
        UI.browser().untilText("#rules-notice", "version 2");
        UI.browser().find("#rules tr[data-rule='" + ruleId + "'] [data-version='2']");
        UI.browser().click("#rules tr[data-rule='" + ruleId + "'] [data-action=toggle-rule]");
        UI.browser().find("#rules tr[data-rule='" + ruleId + "'] [data-enabled=false]");
        JsonNode changed = Api.json(UI.api().get("/api/automation/rules/" + ruleId));
        assertFalse(changed.get("enabled").asBoolean());
        assertEquals("switching it off is no new version", 2, changed.get("version").asInt());
        UI.browser().click("#rules tr[data-rule='" + ruleId + "'] [data-action=rule-runs]");
        UI.browser().find("#runs tr[data-rule='" + ruleId + "'] [data-rule-version='1']");
        assertEquals(ruleId, new Select(UI.browser().find("#runs-rule")).getFirstSelectedOption().getAttribute("value"));

        // in Russian: the page's words and the types' labels the server declares
        try {
            select("#language", "ru");
            UI.browser().untilText("main h1", "Журнал запусков");
            UI.browser().untilText("#runs tr[data-rule='" + ruleId + "']", "Выполнен");
            UI.browser().untilText("#runs tr[data-rule='" + ruleId + "']", "Создать задачу");
        } finally {
            select("#language", "en");
            UI.browser().untilText("main h1", "Run log");
        }
    }
    @Test
    public void aTemplateIsRefusedBesideItsBrokenFieldThenSavedInTwoLanguagesAndPreviewedForAClient() throws Exception {
        client("Tienda Sol Poniente");
        UI.browser().navigate("/automation/templates");
        UI.browser().click("#new-template");
        UI.browser().type("#template-name", "Spring offer");
        UI.browser().type("#template-en-subject", "Spring offer for {{#client.name}}");
        UI.browser().type("#template-en-text", "Hello {{contact.firstName}}!");
        UI.browser().click("#save-template");
        UI.browser().find("#template-en-subject[aria-invalid=true]");
        UI.browser().find("[data-error-for='variants.en.subject']");

        UI.browser().type("#template-en-subject", "Spring offer for {{client.name}}");
        UI.browser().type("#template-es-subject", "Oferta de primavera para {{client.name}}");
        UI.browser().type("#template-es-text", "¡Hola, {{client.name}}!");
        UI.browser().click("#save-template");
        UI.browser().untilText("#templates-notice", "Spring offer");
        JsonNode template = Api.json(UI.api().get("/api/automation/templates")).findParents("name").stream()
                .filter(found -> found.get("name").asText().equals("Spring offer")).findFirst().orElseThrow();
        List<String> languages = new ArrayList<>();
        template.get("variants").fieldNames().forEachRemaining(languages::add);
        assertEquals(List.of("en", "es"), languages.stream().sorted().toList());

        UI.browser().click("#templates tr[data-template='" + template.get("id").asText() + "'] [data-action=edit-template]");
        UI.browser().type("#preview-client", "Sol Poniente");
        UI.browser().click(".picker-results button[data-client]");
        select("#preview-language", "es");
        UI.browser().click("#show-preview");
        UI.browser().untilText("#preview-subject", "Oferta de primavera para Tienda Sol Poniente");
        UI.browser().untilText("#preview-text", "¡Hola, Tienda Sol Poniente!");
        UI.browser().screenshot("automation-template-preview");
        // deleted after asking: its open editor closes, the page stays
        String templateRow = "#templates tr[data-template='" + template.get("id").asText() + "']";
        UI.browser().click(templateRow + " [data-action=delete]");
        UI.browser().click(templateRow + " [data-action=confirm-delete]");
        UI.browser().untilText("#templates-notice", "Spring offer");
        UI.browser().until(page -> UI.browser().all(templateRow).isEmpty() && UI.browser().all("#preview-subject").isEmpty());
    }

    @Test
    public void aWebFormMadeInTheEditorOffersItsSnippetAndAWebhooksSecretShowsOnceAndItsDeliveriesAreListed() throws Exception {
        UI.browser().navigate("/automation/forms");
        UI.browser().click("#new-form");
        UI.browser().type("#form-name", "Contact us");
        UI.browser().type("#form-origins", "ftp://nowhere");
        UI.browser().click("#save-web-form");
        UI.browser().find("#form-origins[aria-invalid=true]");
        UI.browser().find("[data-error-for='allowedOrigins[0]']");
        UI.browser().type("#form-origins", "https://www.example.com");
        UI.browser().type("#form-consent-text", "I agree to be contacted");
        UI.browser().click("#save-web-form");
        UI.browser().untilText("#forms-notice", "Contact us");
        String form = Api.json(UI.api().get("/api/automation/forms")).get(0).get("id").asText();
        UI.browser().click("#web-forms tr[data-form='" + form + "'] [data-action=form-snippet]");
        UI.browser().until(page -> UI.browser().find("#form-snippet-code").getDomProperty("value").contains("/api/public/forms/" + form));
        String snippet = UI.browser().find("#form-snippet-code").getDomProperty("value");
        assertTrue(snippet, snippet.contains("<form") && snippet.contains("I agree to be contacted"));
        UI.browser().click("#copy-snippet");
        UI.browser().find("#snippet-copied");
        // deleted after asking, with the snippet it showed; the page stays
        String formRow = "#web-forms tr[data-form='" + form + "']";
        UI.browser().click(formRow + " [data-action=delete]");
        UI.browser().click(formRow + " [data-action=confirm-delete]");
        UI.browser().untilText("#forms-notice", "Contact us");
        UI.browser().until(page -> UI.browser().all(formRow).isEmpty() && UI.browser().all("#form-snippet").isEmpty());
        assertEquals(404, UI.api().get("/api/automation/forms/" + form).statusCode());

        UI.browser().navigate("/automation/webhooks");
        UI.browser().click("#new-webhook");
        UI.browser().type("#webhook-name", "Nobody listens");
        UI.browser().type("#webhook-url", "http://127.0.0.1:" + AtriumOptions.freePort() + "/hook");
        UI.browser().click("#webhook-events [data-event='client.created']");
        UI.browser().click("#save-webhook");
        UI.browser().untilText("#webhook-secret", "whsec_");
        String hook = Api.json(UI.api().get("/api/automation/webhooks")).get(0).get("id").asText();
        assertFalse("the secret is in no later answer", UI.api().get("/api/automation/webhooks/" + hook).body().contains("whsec_"));

        client("Hook Test Traders");
        UI.browser().click("#webhooks tr[data-webhook='" + hook + "'] [data-action=webhook-deliveries]");
        UI.browser().until(page -> {
            UI.browser().click("#refresh-deliveries");
            return UI.browser().all("#webhook-deliveries tr[data-delivery] li").size() > 0;
        }, Duration.ofSeconds(60));
        UI.browser().untilText("#webhook-deliveries", "client.created");
        UI.browser().screenshot("automation-webhook-deliveries");

        // a hook nothing fires keeps the version the list read (each failed delivery above changes that
        // hook's): deleted after asking, with the deliveries it showed
        String quiet = Api.created(UI.api().post("/api/automation/webhooks", "{\"name\":\"Quiet hook\",\"url\":\"http://127.0.0.1:"
                + AtriumOptions.freePort() + "/quiet\",\"events\":[\"opportunity.deleted\"]}")).get("id").asText();
        UI.browser().navigate("/automation/forms");
        UI.browser().navigate("/automation/webhooks");
        String quietRow = "#webhooks tr[data-webhook='" + quiet + "']";
        UI.browser().click(quietRow + " [data-action=webhook-deliveries]");
        UI.browser().find("#webhook-deliveries");
        UI.browser().click(quietRow + " [data-action=delete]");
        UI.browser().click(quietRow + " [data-action=confirm-delete]");
        UI.browser().untilText("#webhooks-notice", "Quiet hook");
        UI.browser().until(page -> UI.browser().all(quietRow).isEmpty() && UI.browser().all("#webhook-deliveries").isEmpty());
        assertEquals(404, UI.api().get("/api/automation/webhooks/" + quiet).statusCode());
    }

    /** The ids of the rule's runs of that status, newest first, once there are {@code count} of them. */
    private static List<String> runsOnceThere(String ruleId, String status, int count) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(120));
        List<String> ids = new ArrayList<>();
        while (ids.size() < count && Instant.now().isBefore(deadline)) {
            Thread.sleep(500);
            ids.clear();
            Api.json(UI.api().get("/api/automation/runs?ruleId=" + ruleId + "&status=" + status + "&limit=200"))
                    .forEach(run -> ids.add(run.get("id").asText()));
        }
        assertEquals(ids.toString(), count, ids.size());
        return ids;
    }

    @Test
    public void aRuleShowsItsVersionsIsDeletedAfterAskingAndItsRunsStayInTheLogAPageAtATime() throws Exception {
        String definition = "{\"name\":\"Pagerun tagger\",\"enabled\":true,\"trigger\":{\"type\":\"client.created\"},"
                + "\"conditions\":{\"field\":\"name\",\"op\":\"contains\",\"value\":\"Pagerun\"},"
                + "\"actions\":[{\"type\":\"core.add-tag\",\"arguments\":{\"tag\":\"first-tag\"}}]}";
        String ruleId = id(UI.api().post("/api/automation/rules", definition));
        HttpResponse<String> changed = UI.api().put("/api/automation/rules/" + ruleId, "\"1\"", definition.replace("first-tag", "second-tag"));
        assertEquals(changed.body(), 200, changed.statusCode());
        // more than the 50 runs of the log's page
        int count = 53;
        for (int i = 1; i <= count; i++) {
            client("Pagerun Client " + i);
        }
        List<String> newestFirst = runsOnceThere(ruleId, "SUCCEEDED", count);

        UI.browser().navigate("/automation/rules");
        String row = "#rules tr[data-rule='" + ruleId + "']";
        UI.browser().click(row + " [data-action=edit-rule]");
        UI.browser().find("#rule-versions [data-version-row='2'] [data-current]");
        assertEquals("client.created", UI.browser().find("#rule-versions [data-version-row='1'] [data-trigger]").getAttribute("data-trigger"));
        String showFirst = "#rule-versions [data-version-row='1'] [data-action=show-version]";
        UI.browser().click(showFirst);
        UI.browser().untilText("#rule-versions [data-definition='1'] [data-part=actions]", "first-tag");
        assertEquals("true", UI.browser().find(showFirst).getAttribute("aria-expanded"));
        assertTrue(UI.browser().all("#rule-versions [data-definition='2']").isEmpty());
        UI.browser().screenshot("automation-rule-versions");
        UI.browser().click("#cancel-rule");

        // Delete asks first; Cancel keeps the rule
        UI.browser().click(row + " [data-action=delete]");
        UI.browser().click(row + " [data-action=cancel-delete]");
        UI.browser().find(row + " [data-action=delete]");
        assertEquals(200, UI.api().get("/api/automation/rules/" + ruleId).statusCode());
        UI.browser().click(row + " [data-action=delete]");
        UI.browser().click(row + " [data-action=confirm-delete]");
        UI.browser().untilText("#rules-notice", "Pagerun tagger");
        UI.browser().until(page -> UI.browser().all(row).isEmpty());
        assertEquals(404, UI.api().get("/api/automation/rules/" + ruleId).statusCode());

        // its runs stay, 50 a page, "More runs" adds the rest below
        UI.browser().open(UI.homePage() + "#/automation/runs?rule=" + ruleId + "&status=SUCCEEDED");
        String logged = "#runs tr[data-rule='" + ruleId + "']";
        UI.browser().until(page -> UI.browser().all(logged).size() == 50);
        UI.browser().find(logged + " [data-deleted-rule]");
        assertEquals(ruleId, new Select(UI.browser().find("#runs-rule")).getFirstSelectedOption().getAttribute("value"));
        assertEquals("SUCCEEDED", new Select(UI.browser().find("#runs-status")).getFirstSelectedOption().getAttribute("value"));
        UI.browser().click("#more-runs");
        UI.browser().until(page -> UI.browser().all(logged).size() == count);
        assertTrue("the last page offers no more", UI.browser().all("#more-runs").isEmpty());
        List<String> shown = UI.browser().all(logged).stream().map(run -> run.getAttribute("data-run")).toList();
        assertEquals(count, new HashSet<>(shown).size());
        assertEquals(newestFirst, shown);
        UI.browser().screenshot("automation-runs-paged");

        select("#runs-status", "FAILED");
        UI.browser().find("#runs tr.empty");
        assertTrue(UI.browser().all(logged).isEmpty());
        assertTrue(UI.browser().driver().getCurrentUrl(), UI.browser().driver().getCurrentUrl().endsWith("status=FAILED"));
    }

    @Test
    public void aSalesUserSeesNoAutomation() throws Exception {
        String password = "ui-Sales-7hQ2mX4v";
        HttpResponse<String> created = UI.api().post("/api/users", "{\"username\":\"sam\",\"displayName\":\"Sam Sales\","
                + "\"locale\":\"en\",\"roles\":[\"sales\"],\"password\":\"" + password + "\"}");
        assertEquals(created.body(), 201, created.statusCode());
        try (Browser sam = Browser.headlessChromium()) {
            sam.signIn(UI.homePage(), "sam", password, "/clients");
            assertTrue("no automation menu", sam.all("nav a[data-route^='/automation']").isEmpty());
            sam.open(UI.homePage() + "#/automation/rules");
            sam.untilText("main h1", "Not allowed");
            assertTrue(sam.all("automation-rules").isEmpty());
        }
    }
}
