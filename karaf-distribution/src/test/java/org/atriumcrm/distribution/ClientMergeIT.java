package org.atriumcrm.distribution;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.Test;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Merging duplicates over HTTP, with the fitness module installed: the survivor keeps the chosen
 * values and both clients' phones, the duplicate's activities, tasks, deals and memberships follow
 * it, and the duplicate's id leads to the survivor afterwards; a class both had booked keeps one
 * booking and frees the other's place; an edit of the survivor while it is being merged is kept or
 * refused, never lost.
 */
public class ClientMergeIT {

    private static final Duration MODULE_TIMEOUT = Duration.ofSeconds(60);

    private static RunningAtrium atrium;
    private static Api api;

    @BeforeClass
    public static void startAtriumWithFitness() throws Exception {
        // an Atrium of its own: it installs the fitness module
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
    public void aMergeOfClientsWhoseContactsHavePhonesKeepsEveryContactWithItsPhones() throws Exception {
        String survivor = client("{\"kind\":\"ORGANIZATION\",\"name\":\"Delta Logistics\",\"contacts\":["
                + "{\"name\":\"Anna Smirnova\",\"phones\":[\"+7 (812) 555-10-01\",\"+7 812 555-10-03\"]}]}");
        String duplicate = client("{\"kind\":\"ORGANIZATION\",\"name\":\"Delta Logistic\",\"contacts\":["
                + "{\"name\":\"Boris Orlov\",\"phones\":[\"8 812 555-10-02\",\"8 (812) 555 10 01\"]}]}");
        long version = Api.json(api.get("/api/clients/" + survivor)).get("version").asLong();

        HttpResponse<String> merged = api.post("/api/clients/" + survivor + "/merge", "\"" + version + "\"",
                "{\"mergedIds\":[\"" + duplicate + "\"]}");

        assertEquals(merged.body(), 200, merged.statusCode());
        JsonNode contacts = Api.json(merged).get("survivor").get("contacts");
        assertEquals(contacts.toString(), 2, contacts.size());
        assertEquals("Anna Smirnova", contacts.get(0).get("name").asText());
        assertEquals(List.of("+7 (812) 555-10-01", "+7 812 555-10-03"), texts(contacts.get(0).get("phones")));
        assertEquals("Boris Orlov", contacts.get(1).get("name").asText());
        assertEquals("each contact keeps its own phones, the one both share too",
                List.of("8 812 555-10-02", "8 (812) 555 10 01"), texts(contacts.get(1).get("phones")));
        JsonNode stored = Api.json(api.get("/api/clients/" + survivor)).get("contacts");
        assertEquals("as stored: " + stored, contacts, stored);
        JsonNode found = Api.json(api.get("/api/clients?q=" + URLEncoder.encode("+7 812 555 10 02", StandardCharsets.UTF_8)))
                .get("items");
        assertEquals("the merged contact's phone finds the survivor: " + found, 1, found.size());
        assertEquals(survivor, found.get(0).get("id").asText());
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

    @Test
    public void aClassBothHadBookedKeepsTheBetterBookingAndFreesTheOtherPlace() throws Exception {
        String trainer = created(api.post("/api/fitness/trainers", "{\"name\":\"Merge Trainer\"}")).get("id").asText();
        Instant startedAnHourAgo = Instant.now().minus(Duration.ofHours(1)).truncatedTo(ChronoUnit.SECONDS);
        String spinning = "/api/fitness/classes/" + fitnessClass(trainer, "Spinning, merged", startedAnHourAgo);
        String yoga = "/api/fitness/classes/" + fitnessClass(trainer, "Yoga, merged", startedAnHourAgo);
        String survivor = client("{\"kind\":\"PERSON\",\"name\":\"Olga Merged-Booker\"}");
        String duplicate = client("{\"kind\":\"PERSON\",\"name\":\"Olga Merged Booker\"}");
        String other = client("{\"kind\":\"PERSON\",\"name\":\"Someone Else\"}");
        // spinning: the survivor booked, the duplicate booked and came; yoga: the survivor booked, the duplicate cancelled
        String survivorSpinning = book(spinning, survivor).get("id").asText();
        JsonNode duplicateSpinning = book(spinning, duplicate);
        HttpResponse<String> came = api.put("/api/fitness/bookings/" + duplicateSpinning.get("id").asText() + "/attendance",
                "\"" + duplicateSpinning.get("version").asText() + "\"", "{\"attended\":true}");
        assertEquals(came.body(), 200, came.statusCode());
        book(spinning, other);
        book(yoga, survivor);
        JsonNode duplicateYoga = book(yoga, duplicate);
        HttpResponse<String> cancelled = api.delete("/api/fitness/bookings/" + duplicateYoga.get("id").asText(),
                "\"" + duplicateYoga.get("version").asText() + "\"");
        assertEquals(cancelled.body(), 200, cancelled.statusCode());
        assertEquals(3, Api.json(api.get(spinning)).get("booked").asInt());
        assertEquals(1, Api.json(api.get(yoga)).get("booked").asInt());

        HttpResponse<String> merged = api.post("/api/clients/" + survivor + "/merge", "{\"mergedIds\":[\"" + duplicate + "\"]}");
        assertEquals(merged.body(), 200, merged.statusCode());

        JsonNode spinningAfter = Api.json(api.get(spinning));
        assertEquals("the one person holds one place: " + spinningAfter, 2, spinningAfter.get("booked").asInt());
        assertEquals(3, spinningAfter.get("placesLeft").asInt());
        Map<String, String> spinningBookings = bookingsByClient(spinning);
        assertEquals(spinningBookings.toString(), Map.of(survivor, "ATTENDED", other, "BOOKED"), spinningBookings);
        assertEquals("the open booking gave way to the attended one", 404,
                api.get("/api/fitness/bookings/" + survivorSpinning).statusCode());
        assertEquals(survivor, Api.json(api.get("/api/fitness/bookings/" + duplicateSpinning.get("id").asText()))
                .get("clientId").asText());
        assertEquals("a cancelled booking held no place", 1, Api.json(api.get(yoga)).get("booked").asInt());
        assertEquals(Map.of(survivor, "BOOKED"), bookingsByClient(yoga));
    }

    /**
     * A PUT of the survivor sent while its merge runs: it commits before the merge reads the survivor
     * (and the merge, made with the version read before, answers 409, or built on the edit without
     * {@code If-Match}), or it waits for the merge and answers 409. Both answering 200 with the merge
     * not showing the edit would be a lost update. The merged client carries many records, so that the
     * merge takes a while, and the PUT is sent at a different moment of it in each round.
     */
    @Test
    public void anEditOfTheSurvivorDuringItsMergeIsKeptOrRefusedNeverLost() throws Exception {
        String carrier = client("{\"kind\":\"ORGANIZATION\",\"name\":\"Epsilon Heavy\"}");
        for (int i = 0; i < 150; i++) {
            created(api.post("/api/activities", "{\"clientId\":\"" + carrier + "\",\"type\":\"note\",\"subject\":\"Note " + i
                    + "\"}"));
            if (i % 3 == 0) {
                created(api.post("/api/opportunities", "{\"clientId\":\"" + carrier + "\",\"title\":\"Deal " + i + "\"}"));
            }
        }
        int kept = 0;
        int refused = 0;
        for (int round = 0; round < 16; round++) {
            boolean withIfMatch = round % 2 == 0;
            String survivor = client("{\"kind\":\"ORGANIZATION\",\"name\":\"Epsilon Survivor " + round + "\"}");
            long version = Api.json(api.get("/api/clients/" + survivor)).get("version").asLong();
            String body = "{\"mergedIds\":[\"" + carrier + "\"]}";
            String path = "/api/clients/" + survivor + "/merge";
            CompletableFuture<HttpResponse<String>> merge = CompletableFuture.supplyAsync(() -> {
                try {
                    return withIfMatch ? api.post(path, "\"" + version + "\"", body) : api.post(path, body);
                } catch (IOException | InterruptedException e) {
                    throw new IllegalStateException(e);
                }
            });
            Thread.sleep(round / 2 * 6L);
            String edited = "Epsilon Edited " + round;
            HttpResponse<String> put = api.put("/api/clients/" + survivor, "\"" + version + "\"",
                    "{\"kind\":\"ORGANIZATION\",\"name\":\"" + edited + "\"}");
            HttpResponse<String> merged = merge.get(60, TimeUnit.SECONDS);

            String outcome = "round " + round + ": PUT " + put.statusCode() + " " + put.body() + ", merge " + merged.statusCode()
                    + " " + merged.body();
            assertTrue(outcome, put.statusCode() == 200 || put.statusCode() == 409);
            assertTrue(outcome, merged.statusCode() == 200 || merged.statusCode() == 409);
            String name = Api.json(api.get("/api/clients/" + survivor)).get("name").asText();
            if (put.statusCode() == 200) {
                kept++;
                assertFalse("two writes from the same version both accepted: " + outcome,
                        withIfMatch && merged.statusCode() == 200);
                assertEquals("the edit answered 200 and must stay: " + outcome, edited, name);
            } else {
                refused++;
                assertEquals(outcome, 200, merged.statusCode());
            }
            if (merged.statusCode() == 200) {
                carrier = survivor;
            }
        }
        assertEquals(16, kept + refused);
    }

    private static String fitnessClass(String trainer, String title, Instant startsAt) throws IOException, InterruptedException {
        return created(api.post("/api/fitness/classes", "{\"title\":\"" + title + "\",\"trainerId\":\"" + trainer
                + "\",\"startsAt\":\"" + startsAt + "\",\"minutes\":45,\"capacity\":5}")).get("id").asText();
    }

    private static JsonNode book(String classPath, String client) throws IOException, InterruptedException {
        return created(api.post(classPath + "/bookings", "{\"clientId\":\"" + client + "\"}"));
    }

    private static Map<String, String> bookingsByClient(String classPath) throws IOException, InterruptedException {
        Map<String, String> statuses = new HashMap<>();
        for (JsonNode booking : Api.json(api.get(classPath + "/bookings")).get("items")) {
            assertEquals("one booking a client: " + statuses, null, statuses.put(booking.get("clientId").asText(),
                    booking.get("status").asText()));
        }
        return statuses;
    }
}
