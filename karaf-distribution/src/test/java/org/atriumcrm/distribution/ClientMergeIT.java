package org.atriumcrm.distribution;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.Test;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Merging duplicates over HTTP, with the fitness module installed: the survivor keeps the chosen
 * values and both clients' phones, the duplicate's activities, tasks, deals and memberships follow
 * it, and the duplicate's id leads to the survivor afterwards.
 */
public class ClientMergeIT {

    private static final Duration MODULE_TIMEOUT = Duration.ofSeconds(60);

    private static RunningAtrium atrium;
    private static Api api;

    @BeforeClass
    public static void startAtriumWithFitness() throws Exception {
        atrium = RunningAtrium.start("merge");
        api = atrium.api();
        HttpResponse<String> installed = api.post("/api/modules", "{\"id\":\"fitness\"}");
        assertEquals(installed.body(), 201, installed.statusCode());
        api.awaitStatus("/api/fitness/plans", 200, MODULE_TIMEOUT);
    }

    @AfterClass
    public static void stopAtrium() {
        if (atrium != null) {
            atrium.stop();
        }
    }

    private static JsonNode created(HttpResponse<String> response) throws IOException {
        assertEquals(response.body(), 201, response.statusCode());
        return Api.json(response);
    }

    private static String client(String json) throws IOException, InterruptedException {
        return created(api.post("/api/clients?confirmedNew=true", json)).get("id").asText();
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(item -> texts.add(item.asText()));
        return texts;
    }

    @Test
    public void aMergeMovesEveryRecordKeepsBothPhonesAndTheMergedIdLeadsToTheSurvivor() throws Exception {
        String survivor = client("{\"kind\":\"ORGANIZATION\",\"name\":\"ООО «Бета»\",\"phones\":[\"+7 (812) 555-00-01\"],"
                + "\"sector\":\"Retail\"}");
        String duplicate = client("{\"kind\":\"ORGANIZATION\",\"name\":\"Бета Трейд, ООО\",\"phones\":[\"8 812 555-00-02\","
                + "\"+7 812 555 00 01\"],\"emails\":[\"info@beta.ru\"],\"source\":\"web\",\"sector\":\"Wholesale\","
                + "\"contacts\":[{\"name\":\"Ivan Petrov\"}]}");
        String activity = created(api.post("/api/activities", "{\"clientId\":\"" + duplicate
                + "\",\"type\":\"call\",\"direction\":\"INBOUND\",\"subject\":\"Asked for a price list\"}")).get("id").asText();
        String task = created(api.post("/api/tasks", "{\"title\":\"Send the price list\",\"clientId\":\"" + duplicate
                + "\",\"dueAt\":\"" + Instant.now().plus(Duration.ofDays(2)) + "\"}")).get("id").asText();
        String deal = created(api.post("/api/opportunities", "{\"clientId\":\"" + duplicate
                + "\",\"title\":\"Beta: 20 memberships\",\"amount\":\"900\",\"currency\":\"EUR\"}")).get("id").asText();
        String plan = created(api.post("/api/fitness/plans", "{\"name\":\"Corporate\",\"kind\":\"TIME\",\"duration\":1,"
                + "\"durationUnit\":\"MONTHS\",\"price\":\"45\",\"currency\":\"EUR\"}")).get("id").asText();
        String membership = created(api.post("/api/fitness/memberships", "{\"clientId\":\"" + duplicate + "\",\"planId\":\""
                + plan + "\",\"card\":\"BETA-1\"}")).get("id").asText();
        assertEquals("ALLOW", Api.json(api.post("/api/fitness/checkins", "{\"card\":\"BETA-1\"}")).get("decision").asText());
        long version = Api.json(api.get("/api/clients/" + survivor)).get("version").asLong();

        HttpResponse<String> merged = api.post("/api/clients/" + survivor + "/merge", "\"" + version + "\"",
                "{\"mergedIds\":[\"" + duplicate + "\"],\"fields\":{\"sector\":\"" + duplicate + "\"}}");

        assertEquals(merged.body(), 200, merged.statusCode());
        JsonNode result = Api.json(merged);
        JsonNode kept = result.get("survivor");
        assertEquals(survivor, kept.get("id").asText());
        assertEquals("the survivor's name, chosen by default", "ООО «Бета»", kept.get("name").asText());
        assertEquals("the duplicate's sector, chosen", "Wholesale", kept.get("sector").asText());
        assertEquals("the survivor had no source: the duplicate's", "web", kept.get("source").asText());
        List<String> phones = texts(kept.get("phones"));
        assertEquals("both phones, the one typed twice once: " + phones, 2, phones.size());
        assertTrue(phones.toString(), phones.get(0).contains("555-00-01") && phones.get(1).replaceAll("\\D", "").endsWith("5550002"));
        assertEquals(List.of("info@beta.ru"), texts(kept.get("emails")));
        assertEquals("Ivan Petrov", kept.get("contacts").get(0).get("name").asText());
        JsonNode moved = result.get("moved");
        assertEquals(moved.toString(), 1, moved.get("activities").asInt());
        assertEquals(moved.toString(), 1, moved.get("tasks").asInt());
        assertEquals(moved.toString(), 1, moved.get("opportunities").asInt());
        assertEquals(moved.toString(), 1, moved.get("contacts").asInt());
        assertEquals("a membership and a check-in: " + moved, 2, moved.get("fitness").asInt());

        assertEquals(survivor, Api.json(api.get("/api/activities/" + activity)).get("clientId").asText());
        assertEquals(survivor, Api.json(api.get("/api/tasks/" + task)).get("clientId").asText());
        assertEquals(survivor, Api.json(api.get("/api/opportunities/" + deal)).get("clientId").asText());
        assertEquals(survivor, Api.json(api.get("/api/fitness/memberships/" + membership)).get("clientId").asText());
        JsonNode visit = Api.json(api.post("/api/fitness/checkins", "{\"card\":\"BETA-1\"}"));
        assertEquals("ALLOW", visit.get("decision").asText());
        assertEquals(survivor, visit.get("clientId").asText());
        assertTrue("the timeline of the survivor shows the duplicate's call",
                api.get("/api/clients/" + survivor + "/timeline").body().contains("Asked for a price list"));

        HttpResponse<String> pointer = api.get("/api/clients/" + duplicate);
        assertEquals(pointer.body(), 301, pointer.statusCode());
        assertTrue(pointer.headers().firstValue("Location").orElse("").endsWith("/api/clients/" + survivor));
        assertEquals(survivor, Api.json(pointer).get("survivorId").asText());
        HttpResponse<String> write = api.put("/api/clients/" + duplicate, "\"1\"", "{\"kind\":\"PERSON\",\"name\":\"Late edit\"}");
        assertEquals(write.body(), 409, write.statusCode());
        assertEquals(survivor, Api.json(write).get("survivorId").asText());
        assertTrue("the duplicate's last data stays in the audit trail",
                api.get("/api/audit?recordType=client&recordId=" + duplicate).body().contains("MERGE"));
        assertEquals("found once, as the survivor", 1,
                Api.json(api.get("/api/clients?q=" + URLEncoder.encode("8 812 555-00-02", StandardCharsets.UTF_8))).get("items").size());
    }

    @Test
    public void aMergeNamingTheSurvivorAnUnknownClientOrAFieldOfNoOneIsRefusedAndChangesNothing() throws Exception {
        String survivor = client("{\"kind\":\"PERSON\",\"name\":\"Gamma Person\",\"phones\":[\"+34 912 345 678\"]}");
        String other = client("{\"kind\":\"PERSON\",\"name\":\"Gamma Persona\"}");

        Api.assertInvalid(api.post("/api/clients/" + survivor + "/merge", "{\"mergedIds\":[\"" + survivor + "\"]}"), "mergedIds[0]");
        Api.assertInvalid(api.post("/api/clients/" + survivor + "/merge", "{\"mergedIds\":[\"" + other + "\",\"no-such-client\"]}"),
                "mergedIds[1]");
        Api.assertInvalid(api.post("/api/clients/" + survivor + "/merge", "{\"mergedIds\":[\"" + other
                + "\"],\"fields\":{\"name\":\"no-such-client\",\"colour\":\"" + other + "\"}}"), "fields.name", "fields.colour");
        Api.assertInvalid(api.post("/api/clients/" + survivor + "/merge", "{\"mergedIds\":[]}"), "mergedIds");
        HttpResponse<String> stale = api.post("/api/clients/" + survivor + "/merge", "\"999\"",
                "{\"mergedIds\":[\"" + other + "\"]}");
        assertEquals(stale.body(), 409, stale.statusCode());

        assertEquals(200, api.get("/api/clients/" + other).statusCode());
        assertEquals("Gamma Person", Api.json(api.get("/api/clients/" + survivor)).get("name").asText());
        assertEquals(404, api.get("/api/clients/no-such-client").statusCode());
    }
}
