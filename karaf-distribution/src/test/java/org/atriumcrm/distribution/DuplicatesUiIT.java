package org.atriumcrm.distribution;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.net.http.HttpResponse;

import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TestWatcher;
import org.junit.rules.Verifier;
import org.openqa.selenium.By;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The Duplicates page in a real browser: a scan started from the page lists a group with its
 * reasons in words, and the merge dialog merges it keeping the value the user picked, says what
 * moved, links to the survivor's card, and the group leaves the page.
 */
public class DuplicatesUiIT {

    private static RunningAtrium atrium;
    private static Api api;
    private static Browser browser;

    @Rule
    public final TestWatcher failures = browser.onFailure();
    @Rule
    public final Verifier policy = browser.keptToTheContentSecurityPolicy();

    @BeforeClass
    public static void startAtriumAndSignIn() throws Exception {
        atrium = RunningAtrium.start("duplicates-ui");
        api = atrium.api();
        browser = Browser.headlessChromium();
        browser.signInAsAdmin(atrium.homePage(), "/duplicates");
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

    private static JsonNode created(String path, String json) throws IOException, InterruptedException {
        HttpResponse<String> created = api.post(path, json);
        assertEquals(created.body(), 201, created.statusCode());
        return Api.json(created);
    }

    @Test
    public void aGroupFoundByTheScanIsMergedFromItsDialog() throws Exception {
        String older = created("/api/clients", "{\"kind\":\"ORGANIZATION\",\"name\":\"ООО «Омега»\","
                + "\"phones\":[\"+7 (812) 640-10-20\"],\"sector\":\"Retail\"}").get("id").asText();
        Thread.sleep(20); // the older client is the default survivor
        String newer = created("/api/clients?confirmedNew=true", "{\"kind\":\"ORGANIZATION\",\"name\":\"Омега, ООО\","
                + "\"phones\":[\"8 812 640 10 20\"],\"emails\":[\"info@omega.ru\"],\"sector\":\"Wholesale\"}").get("id").asText();
        created("/api/activities", "{\"clientId\":\"" + newer + "\",\"type\":\"call\",\"direction\":\"INBOUND\","
                + "\"subject\":\"Asked for the catalogue\"}");

        browser.navigate("/duplicates");
        browser.untilText("#scan-status", "not been scanned");
        browser.click("#scan-now");
        String group = "li[data-group] a[data-client='" + newer + "']";
        browser.find(group);
        browser.untilText("#scan-status", "Last scan finished");
        browser.untilText("li[data-group]", "same phone +78126401020");
        browser.screenshot("duplicates");

        browser.click("li[data-group] button[data-action='merge']");
        browser.find("merge-dialog dialog[open]");
        assertTrue("the older client stays by default",
                browser.find("merge-dialog input[name='survivor'][value='" + older + "']").isSelected());
        browser.click("merge-dialog tr[data-field='sector'] input[value='" + newer + "']");
        browser.untilText("merge-dialog .notice", "activities, tasks, deals");
        browser.screenshot("merge-dialog");
        browser.click("#merge-submit");

        browser.untilText("#merge-result", "Moved:");
        browser.untilText("#merge-result", "activities: 1");
        assertTrue(browser.all("li[data-group]").isEmpty());
        assertEquals("#/clients/" + older, browser.find("#merge-survivor").getAttribute("href").replaceAll("^.*(#.*)$", "$1"));

        JsonNode survivor = Api.json(api.get("/api/clients/" + older));
        assertEquals("Wholesale", survivor.get("sector").asText());
        assertEquals("ООО «Омега»", survivor.get("name").asText());
        assertEquals(301, api.get("/api/clients/" + newer).statusCode());

        browser.click("#merge-survivor");
        browser.untilText("#client-name", "ООО «Омега»");
        assertTrue(browser.driver().findElements(By.cssSelector("merge-dialog")).isEmpty());
    }
}
