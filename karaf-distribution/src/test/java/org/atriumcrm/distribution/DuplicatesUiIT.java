package org.atriumcrm.distribution;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.net.http.HttpResponse;

import org.junit.ClassRule;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TestRule;
import org.openqa.selenium.By;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The Duplicates page in a real browser: a scan started from the page lists a group with its
 * reasons in words, and the merge dialog merges it keeping the value the user picked, says what
 * moved, links to the survivor's card, and the group leaves the page.
 */
public class DuplicatesUiIT {

    // an Atrium of its own: it sees the base never scanned, scans it whole and expects its one group only
    @ClassRule
    public static final SignedInBrowser UI = new SignedInBrowser("duplicates-ui", "/duplicates").withAtriumOfItsOwn();

    @Rule
    public final TestRule pages = UI.pageChecks();

    private static JsonNode created(String path, String json) throws IOException, InterruptedException {
        HttpResponse<String> created = UI.api().post(path, json);
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

        UI.browser().navigate("/duplicates");
        UI.browser().untilText("#scan-status", "not been scanned");
        UI.browser().click("#scan-now");
        String group = "li[data-group] a[data-client='" + newer + "']";
        UI.browser().find(group);
        UI.browser().untilText("#scan-status", "Last scan finished");
        UI.browser().untilText("li[data-group]", "same phone +78126401020");
        UI.browser().screenshot("duplicates");

        UI.browser().click("li[data-group] button[data-action='merge']");
        UI.browser().find("merge-dialog dialog[open]");
        assertTrue("the older client stays by default",
                UI.browser().find("merge-dialog input[name='survivor'][value='" + older + "']").isSelected());
        UI.browser().click("merge-dialog tr[data-field='sector'] input[value='" + newer + "']");
        UI.browser().untilText("merge-dialog .notice", "activities, tasks, deals");
        UI.browser().screenshot("merge-dialog");
        UI.browser().click("#merge-submit");

        UI.browser().untilText("#merge-result", "Moved:");
        UI.browser().untilText("#merge-result", "activities: 1");
        assertTrue(UI.browser().all("li[data-group]").isEmpty());
        assertEquals("#/clients/" + older, UI.browser().find("#merge-survivor").getAttribute("href").replaceAll("^.*(#.*)$", "$1"));

        JsonNode survivor = Api.json(UI.api().get("/api/clients/" + older));
        assertEquals("Wholesale", survivor.get("sector").asText());
        assertEquals("ООО «Омега»", survivor.get("name").asText());
        assertEquals(301, UI.api().get("/api/clients/" + newer).statusCode());

        UI.browser().click("#merge-survivor");
        UI.browser().untilText("#client-name", "ООО «Омега»");
        assertTrue(UI.browser().driver().findElements(By.cssSelector("merge-dialog")).isEmpty());
    }
}
