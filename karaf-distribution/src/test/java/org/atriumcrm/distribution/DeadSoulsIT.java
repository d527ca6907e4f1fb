package org.atriumcrm.distribution;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.ClassRule;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TestRule;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Dead souls over HTTP: a client with one phone and nothing since is listed for review, one with an
 * activity after the cut-off or with many ways to reach it is not; archiving takes a client out of
 * the default list and search but not out of {@code ?status=ARCHIVED} or a read by id; restoring
 * puts back its status before, and the status history shows both moves. The tests' Atrium counts
 * {@value AtriumOptions#DEAD_SOULS_INACTIVE_MONTHS} months as inactive (a client's own change
 * cannot be back-dated), so only something dated after the request counts as a sign of life. The
 * review page is driven in a headless Chromium, as a user works it.
 */
public class DeadSoulsIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String PASSWORD = "a long passphrase for tests";

    @ClassRule
    public static final SignedInBrowser UI = new SignedInBrowser("dead-souls", "/quality/dead-souls");

    @Rule
    public final TestRule pages = UI.pageChecks();

    private static String client(String kind, String name, String status, String managerId, List<String> phones,
                                 List<String> emails, int contacts) throws Exception {
        var body = JSON.createObjectNode().put("kind", kind).put("name", name).put("status", status);
        body.putPOJO("phones", phones).putPOJO("emails", emails);
        if (managerId != null) {
            body.put("responsibleManagerId", managerId);
        }
        var people = body.putArray("contacts");
        for (int i = 0; i < contacts; i++) {
            people.addObject().put("name", name + " contact " + i);
        }
        HttpResponse<String> created = UI.api().post("/api/clients", body.toString());
        assertEquals(created.body(), 201, created.statusCode());
        return Api.json(created).get("id").asText();
    }

    private static String oneCallClient(String name, String phone) throws Exception {
        return client("PERSON", name, "ACTIVE", null, List.of(phone), List.of(), 0);
    }

    /** Every dead soul the caller sees, page by page, by id. */
    private static Map<String, JsonNode> deadSouls(Api caller) throws Exception {
        Map<String, JsonNode> found = new HashMap<>();
        String after = "";
        do {
            HttpResponse<String> page = caller.get("/api/quality/dead-souls?limit=50" + after);
            assertEquals(page.body(), 200, page.statusCode());
            JsonNode body = Api.json(page);
            body.get("items").forEach(item -> found.put(item.get("clientId").asText(), item));
            after = body.get("next").isNull() ? null : "&after=" + body.get("next").asText();
        } while (after != null);
        return found;
    }

    /** Ids of every client a list query answers, page by page. */
    private static List<String> listed(String query) throws Exception {
        List<String> ids = new ArrayList<>();
        String after = "";
        do {
            HttpResponse<String> page = UI.api().get("/api/clients?limit=200" + query + after);
            assertEquals(page.body(), 200, page.statusCode());
            JsonNode body = Api.json(page);
            body.get("items").forEach(item -> ids.add(item.get("id").asText()));
            after = body.get("next").isNull() ? null : "&after=" + body.get("next").asText();
        } while (after != null);
        return ids;
    }

    private static String q(String text) {
        return "&q=" + URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private static String etag(HttpResponse<String> response) {
        return response.headers().firstValue("ETag").orElseThrow(() -> new AssertionError("no ETag: " + response.headers()));
    }

    private static List<String> statusSteps(String clientId) throws Exception {
        List<String> steps = new ArrayList<>();
        Api.json(UI.api().get("/api/clients/" + clientId + "/status-history")).forEach(step -> steps.add(
                (step.get("from").isNull() ? "none" : step.get("from").asText()) + ">" + step.get("to").asText()));
        return steps;
    }

    @Test
    public void aClientLeftWithOnePhoneIsListedAndArchivedOutOfSightThenRestored() throws Exception {
        String vasya = oneCallClient("Vasya Torgovy", "+7 921 555-01-01");
        String booked = oneCallClient("Boris Zapisanny", "+7 921 555-01-02");
        HttpResponse<String> meeting = UI.api().post("/api/activities", "{\"clientId\":\"" + booked + "\",\"type\":\"meeting\","
                + "\"subject\":\"Visit\",\"occurredAt\":\"" + Instant.now().plus(1, ChronoUnit.DAYS) + "\"}");
        assertEquals(meeting.body(), 201, meeting.statusCode());
        String reachable = client("ORGANIZATION", "Polny Kontakt OOO", "LEAD", null,
                List.of("+7 921 555-01-03", "+7 921 555-01-04"), List.of("office@polny-kontakt.example"), 1);

        Map<String, JsonNode> souls = deadSouls(UI.api());
        JsonNode soul = souls.get(vasya);
        assertNotNull("one phone and nothing since: " + souls.keySet(), soul);
        assertEquals("Vasya Torgovy", soul.get("name").asText());
        assertEquals("ACTIVE", soul.get("status").asText());
        assertEquals(1, soul.get("contactPoints").asInt());
        assertTrue(soul.toString(), Instant.parse(soul.get("lastActivityAt").asText()).isBefore(Instant.now()));
        assertFalse("an activity after the cut-off is a sign of life", souls.containsKey(booked));
        assertFalse("two phones, an e-mail and a contact person are enough to reach it", souls.containsKey(reachable));

        HttpResponse<String> read = UI.api().get("/api/clients/" + vasya);
        String stale = "\"" + (Api.json(read).get("version").asLong() - 1) + "\"";
        assertEquals(409, UI.api().post("/api/clients/" + vasya + "/archive", stale, "").statusCode());
        HttpResponse<String> archived = UI.api().post("/api/clients/" + vasya + "/archive", etag(read), "");
        assertEquals(archived.body(), 200, archived.statusCode());
        assertEquals("ARCHIVED", Api.json(archived).get("status").asText());
        assertFalse("a new version", etag(archived).equals(etag(read)));
        Api.assertInvalid(UI.api().post("/api/clients/" + vasya + "/archive", ""), "status");

        assertFalse(listed("").contains(vasya));
        assertFalse("search leaves it out", listed(q("Torgovy")).contains(vasya));
        assertFalse("a phone search too", listed(q("89215550101")).contains(vasya));
        assertTrue(listed("&status=ARCHIVED" + q("Torgovy")).contains(vasya));
        assertTrue(listed("&status=ARCHIVED").contains(vasya));
        assertEquals("a read by id still answers", "ARCHIVED",
                Api.json(UI.api().get("/api/clients/" + vasya)).get("status").asText());
        assertFalse("archived clients are not listed again", deadSouls(UI.api()).containsKey(vasya));

        HttpResponse<String> restored = UI.api().post("/api/clients/" + vasya + "/restore", etag(archived), "");
        assertEquals(restored.body(), 200, restored.statusCode());
        assertEquals("its status before", "ACTIVE", Api.json(restored).get("status").asText());
        assertTrue(listed(q("Torgovy")).contains(vasya));
        assertTrue(listed("").contains(vasya));
        Api.assertInvalid(UI.api().post("/api/clients/" + vasya + "/restore", ""), "status");
        assertEquals(List.of("none>ACTIVE", "ACTIVE>ARCHIVED", "ARCHIVED>ACTIVE"), statusSteps(vasya));
        JsonNode history = Api.json(UI.api().get("/api/clients/" + vasya + "/status-history"));
        assertFalse("who archived it is recorded", history.get(1).get("by").isNull());

        assertEquals(404, UI.api().post("/api/clients/00000000-0000-4000-8000-00000000dead/archive", "").statusCode());
        assertEquals(404, UI.api().post("/api/clients/00000000-0000-4000-8000-00000000dead/restore", "").statusCode());
    }

    @Test
    public void onTheReviewPageTheUserArchivesASelectedClientAndRestoresItFromItsCard() throws Exception {
        String fyodor = oneCallClient("Fyodor Nevidimy", "+7 921 555-04-01");
        UI.browser().navigate("/quality/dead-souls");
        String row = "#dead-souls tr[data-id='" + fyodor + "']";
        String more = ".dead-souls .list-end button";
        // the newest change comes last: show more until it is there
        UI.browser().find("#dead-souls");
        while (UI.browser().all(row).isEmpty()) {
            UI.browser().click(more);
            UI.browser().until(driver -> !UI.browser().all(".dead-souls table[aria-busy='false']").isEmpty()
                    && (!UI.browser().all(row).isEmpty() || !UI.browser().all(more).isEmpty()));
        }
        UI.browser().find(row + " td:nth-child(4)");
        assertEquals("1", UI.browser().find(row + " td:nth-child(5)").getText());
        UI.browser().click(row + " input[type=checkbox]");
        UI.browser().untilText("#archive-selected", "(1)");
        UI.browser().screenshot("dead-souls");
        UI.browser().click("#archive-selected");
        UI.browser().untilText("#dead-souls-notice", "1");
        assertTrue("the archived client leaves the list", UI.browser().all(row).isEmpty());
        assertEquals("ARCHIVED", Api.json(UI.api().get("/api/clients/" + fyodor)).get("status").asText());

        UI.browser().open(UI.homePage() + "#/clients/" + fyodor);
        UI.browser().find("#archived-notice");
        UI.browser().click("#restore-client");
        UI.browser().find("#card-status");
        UI.browser().find("#archive-client");
        assertEquals("ACTIVE", Api.json(UI.api().get("/api/clients/" + fyodor)).get("status").asText());
    }

    @Test
    public void manyAreArchivedTogetherOrNoneIs() throws Exception {
        String first = oneCallClient("Petr Odnorazovy", "+7 921 555-02-01");
        String second = oneCallClient("Olga Propavshaya", "+7 921 555-02-02");
        String unknown = "00000000-0000-4000-8000-00000000beef";

        Api.assertInvalid(UI.api().post("/api/quality/dead-souls/archive", "{\"clientIds\":[\"" + first + "\",\"" + unknown + "\"]}"),
                "clientIds[1]");
        assertEquals("nothing was written", "ACTIVE", Api.json(UI.api().get("/api/clients/" + first)).get("status").asText());
        Api.assertInvalid(UI.api().post("/api/quality/dead-souls/archive", "{\"clientIds\":[]}"), "clientIds");

        HttpResponse<String> archived = UI.api().post("/api/quality/dead-souls/archive",
                "{\"clientIds\":[\"" + first + "\",\"" + second + "\"]}");
        assertEquals(archived.body(), 200, archived.statusCode());
        assertEquals(2, Api.json(archived).get("archived").asInt());
        List<String> archivedList = listed("&status=ARCHIVED");
        assertTrue(archivedList.contains(first) && archivedList.contains(second));
        Api.assertInvalid(UI.api().post("/api/quality/dead-souls/archive", "{\"clientIds\":[\"" + second + "\"]}"), "clientIds[0]");
        assertEquals(List.of("none>ACTIVE", "ACTIVE>ARCHIVED"), statusSteps(second));
    }

    @Test
    public void aSalespersonReviewsAndArchivesOnlyTheirTeamsClients() throws Exception {
        HttpResponse<String> user = UI.api().post("/api/users", JSON.createObjectNode().put("username", "dasha")
                .put("displayName", "Dasha Test").put("email", "dasha@example.com").put("locale", "en").put("team", "east")
                .put("password", PASSWORD).set("roles", JSON.createArrayNode().add("sales")).toString());
        assertEquals(user.body(), 201, user.statusCode());
        String dasha = Api.json(user).get("id").asText();
        String hers = client("PERSON", "Irina Tikhaya", "LEAD", dasha, List.of("+7 921 555-03-01"), List.of(), 0);
        String notHers = oneCallClient("Gleb Chuzhoy", "+7 921 555-03-02");

        Api sales = UI.api().signIn("dasha", PASSWORD);
        Map<String, JsonNode> souls = deadSouls(sales);
        assertTrue(souls.containsKey(hers));
        assertFalse("another team's client is out of sight", souls.containsKey(notHers));
        assertEquals(404, sales.post("/api/clients/" + notHers + "/archive", "").statusCode());
        Api.assertInvalid(sales.post("/api/quality/dead-souls/archive", "{\"clientIds\":[\"" + notHers + "\"]}"), "clientIds[0]");
        assertEquals(200, sales.post("/api/clients/" + hers + "/archive", "").statusCode());
        assertEquals("LEAD", Api.json(sales.post("/api/clients/" + hers + "/restore", "")).get("status").asText());
    }
}
