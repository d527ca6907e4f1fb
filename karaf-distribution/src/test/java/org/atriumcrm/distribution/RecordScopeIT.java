package org.atriumcrm.distribution;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Record scope on every path, over real HTTP: a salesman of the north team, whose role reaches its
 * team's clients only, reaches nothing of a south client — not its activities, tasks, files,
 * memberships or class bookings, and not through a merged id — and a client's timeline shows only
 * what the caller's roles let it read.
 */
public class RecordScopeIT {

    private static final String PASSWORD = "a long passphrase for tests";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration MODULE_TIMEOUT = Duration.ofSeconds(60);

    private static RunningAtrium atrium;
    private static Api admin;
    private static Api north;
    private static String sam;
    private static String sue;
    private static String northClient;
    private static String southClient;

    @BeforeClass
    public static void startAtriumWithTwoTeams() throws Exception {
        // an Atrium of its own: it installs the fitness module
        atrium = RunningAtrium.start("scope");
        admin = atrium.api();
        sam = newUser("sam", "north", "sales");
        sue = newUser("sue", "south", "sales");
        north = admin.signIn("sam", PASSWORD);
        northClient = newClient("North Trading Ltd", sam);
        southClient = newClient("South Trading Ltd", sue);
        HttpResponse<String> installed = admin.post("/api/modules", "{\"id\":\"fitness\"}");
        assertEquals(installed.body(), 201, installed.statusCode());
        admin.awaitStatus("/api/fitness/plans", 200, MODULE_TIMEOUT);
    }

    @AfterClass
    public static void stopAtrium() {
        if (atrium != null) {
            atrium.stop();
        }
    }

    @Test
    public void activitiesAndFilesOfAClientOutOfReachAreNeitherReadNorWritten() throws Exception {
        String southCall = id(admin.post("/api/activities", activity(southClient, "South price talk", sue)));
        HttpResponse<String> uploaded = admin.postBytes("/api/activities/" + southCall + "/attachments?name=offer.txt",
                "text/plain", "south's offer".getBytes(StandardCharsets.UTF_8));
        String file = id(uploaded);
        String northCall = id(north.post("/api/activities", activity(northClient, "North price talk", null)));

        assertEquals(List.of(), ids(north.get("/api/activities?clientId=" + southClient)));
        List<String> listed = ids(north.get("/api/activities?limit=200"));
        assertTrue(listed.toString(), listed.contains(northCall));
        assertFalse(listed.toString(), listed.contains(southCall));
        assertEquals(404, north.get("/api/activities/" + southCall).statusCode());
        assertEquals(404, put(north, "/api/activities/" + southCall, activity(southClient, "Changed", sue)).statusCode());
        assertEquals(404, north.delete("/api/activities/" + southCall).statusCode());
        assertEquals(404, north.getBytes("/api/attachments/" + file).statusCode());
        assertEquals(404, north.postBytes("/api/activities/" + southCall + "/attachments?name=more.txt", "text/plain",
                "more".getBytes(StandardCharsets.UTF_8)).statusCode());
        Api.assertInvalid(north.post("/api/activities", activity(southClient, "Smuggled", null)), "clientId");

        assertEquals("the admin still reaches it all, and nothing was written", List.of(southCall),
                ids(admin.get("/api/activities?clientId=" + southClient)));
        assertEquals(200, admin.getBytes("/api/attachments/" + file).statusCode());
    }

    @Test
    public void tasksOfAClientOutOfReachAreNeitherReadNorWritten() throws Exception {
        String southTask = id(admin.post("/api/tasks", task(southClient, "Call South back", sue)));
        String northTask = id(north.post("/api/tasks", task(northClient, "Call North back", null)));

        assertEquals(List.of(), ids(north.get("/api/tasks?clientId=" + southClient)));
        List<String> listed = ids(north.get("/api/tasks?limit=200"));
        assertTrue(listed.toString(), listed.contains(northTask));
        assertFalse(listed.toString(), listed.contains(southTask));
        assertEquals(404, north.get("/api/tasks/" + southTask).statusCode());
        assertEquals(404, north.delete("/api/tasks/" + southTask).statusCode());
        Api.assertInvalid(north.post("/api/tasks", task(southClient, "Smuggled task", null)), "clientId");
        assertEquals(List.of(southTask), ids(admin.get("/api/tasks?clientId=" + southClient)));
    }

    @Test
    public void aDealIsNotOpenedForAClientOutOfReach() throws Exception {
        Api.assertInvalid(north.post("/api/opportunities", JSON.createObjectNode().put("clientId", southClient)
                .put("title", "Smuggled deal").toString()), "clientId");
        assertEquals(List.of(), ids(admin.get("/api/opportunities?clientId=" + southClient)));
        id(north.post("/api/opportunities", JSON.createObjectNode().put("clientId", northClient).put("title", "North deal").toString()));
    }

    @Test
    public void fitnessNeitherListsNorBooksAClientOutOfReach() throws Exception {
        String plan = id(admin.post("/api/fitness/plans", "{\"name\":\"Scope Month\",\"kind\":\"TIME\",\"duration\":1,"
                + "\"durationUnit\":\"MONTHS\",\"price\":\"30\",\"currency\":\"EUR\"}"));
        String southMembership = id(admin.post("/api/fitness/memberships", membership(southClient, plan, "S-7001")));
        id(north.post("/api/fitness/memberships", membership(northClient, plan, "N-7001")));

        assertEquals(404, north.get("/api/fitness/memberships?clientId=" + southClient).statusCode());
        assertEquals(200, north.get("/api/fitness/memberships?clientId=" + northClient).statusCode());
        assertEquals(404, north.get("/api/fitness/memberships/" + southMembership).statusCode());
        assertEquals(404, north.post("/api/fitness/memberships/" + southMembership + "/freeze", "{\"days\":3}").statusCode());
        assertEquals(404, north.get("/api/fitness/members/" + southClient).statusCode());
        Api.assertInvalid(north.post("/api/fitness/memberships", membership(southClient, plan, "S-7002")), "clientId");

        String trainer = id(admin.post("/api/fitness/trainers", "{\"name\":\"Scope Trainer\"}"));
        Instant tomorrow = Instant.now().plus(Duration.ofDays(1)).truncatedTo(ChronoUnit.SECONDS);
        String classPath = "/api/fitness/classes/" + id(admin.post("/api/fitness/classes", "{\"title\":\"Scope Yoga\",\"trainerId\":\""
                + trainer + "\",\"startsAt\":\"" + tomorrow + "\",\"minutes\":45,\"capacity\":5}"));
        String southBooking = id(admin.post(classPath + "/bookings", "{\"clientId\":\"" + southClient + "\"}"));
        Api.assertInvalid(north.post(classPath + "/bookings", "{\"clientId\":\"" + southClient + "\"}"), "clientId");
        id(north.post(classPath + "/bookings", "{\"clientId\":\"" + northClient + "\"}"));
        assertEquals(404, north.get("/api/fitness/bookings/" + southBooking).statusCode());
        assertEquals(404, put(north, "/api/fitness/bookings/" + southBooking + "/attendance", "{\"attended\":true}").statusCode());
        JsonNode bookings = Api.json(north.get(classPath + "/bookings")).get("items");
        assertEquals(bookings.toString(), 1, bookings.size());
        assertEquals(northClient, bookings.get(0).get("clientId").asText());
        assertEquals("the admin sees both", 2, Api.json(admin.get(classPath + "/bookings")).get("items").size());
    }

    @Test
    public void theTimelineShowsOnlySectionsTheCallerReads() throws Exception {
        String client = newClient("Timeline Reader Ltd", sam);
        id(admin.post("/api/activities", activity(client, "Confidential complaint", sam)));
        id(admin.post("/api/tasks", task(client, "Confidential follow-up", sam)));
        String deal = newDeal(client, sam);
        HttpResponse<String> role = admin.post("/api/roles", "{\"id\":\"client-reader\",\"label\":\"Reads clients only\",\"grants\":"
                + "{\"clients\":{\"access\":[\"READ\"],\"scope\":\"ALL\",\"hiddenFields\":[]}}}");
        assertEquals(role.body(), 201, role.statusCode());
        newUser("rita", "north", "client-reader");
        Api reader = admin.signIn("rita", PASSWORD);

        assertEquals(List.of("activity", "stage-change", "task"), kinds(admin.get("/api/clients/" + client + "/timeline?limit=50")));
        HttpResponse<String> read = reader.get("/api/clients/" + client + "/timeline?limit=50");
        assertEquals(List.of(), kinds(read));
        assertFalse(read.body(), read.body().contains("Confidential"));
        assertFalse(read.body(), read.body().contains(deal));
    }

    @Test
    public void theTimelineLeavesOutDealsOutsideTheOpportunityScope() throws Exception {
        String client = newClient("Shared Deals Ltd", sam);
        String samsDeal = newDeal(client, sam);
        String suesDeal = newDeal(client, sue);

        List<String> all = recordIds(admin.get("/api/clients/" + client + "/timeline"));
        assertTrue(all.toString(), all.contains(samsDeal) && all.contains(suesDeal));
        HttpResponse<String> seen = north.get("/api/clients/" + client + "/timeline");
        assertEquals(List.of(samsDeal), recordIds(seen));
        assertFalse(seen.body(), seen.body().contains("Deal of " + sue));
    }

    @Test
    public void aMergedIdPointsOnlyToASurvivorTheCallerReaches() throws Exception {
        String southSurvivor = newClient("South Merge Survivor", sue);
        String southMerged = newClient("South Merge Duplicate", sue);
        merge(southSurvivor, southMerged);
        String northSurvivor = newClient("North Merge Survivor", sam);
        String northMerged = newClient("North Merge Duplicate", sam);
        merge(northSurvivor, northMerged);

        assertEquals(301, admin.get("/api/clients/" + southMerged).statusCode());
        HttpResponse<String> hidden = north.get("/api/clients/" + southMerged);
        assertEquals(hidden.body(), 404, hidden.statusCode());
        assertFalse(hidden.body(), hidden.body().contains(southSurvivor));
        assertEquals(404, put(north, "/api/clients/" + southMerged, "{\"kind\":\"ORGANIZATION\",\"name\":\"X\"}").statusCode());
        HttpResponse<String> own = north.get("/api/clients/" + northMerged);
        assertEquals(own.body(), 301, own.statusCode());
        assertTrue(own.headers().firstValue("Location").orElse("").endsWith("/api/clients/" + northSurvivor));
    }

    private static HttpResponse<String> put(Api api, String path, String json) throws Exception {
        return api.call("PUT", path, "application/json", json.getBytes(StandardCharsets.UTF_8));
    }

    private static void merge(String survivor, String merged) throws Exception {
        HttpResponse<String> reply = admin.post("/api/clients/" + survivor + "/merge", "{\"mergedIds\":[\"" + merged + "\"]}");
        assertEquals(reply.body(), 200, reply.statusCode());
    }

    private static String newUser(String username, String team, String role) throws Exception {
        String user = JSON.createObjectNode().put("username", username).put("displayName", username + " Test")
                .put("email", username + "@example.com").put("locale", "en").put("team", team).put("password", PASSWORD)
                .set("roles", JSON.createArrayNode().add(role)).toString();
        return id(admin.post("/api/users", user));
    }

    private static String newClient(String name, String managerId) throws Exception {
        return id(admin.post("/api/clients?confirmedNew=true", JSON.createObjectNode().put("kind", "ORGANIZATION").put("name", name)
                .put("responsibleManagerId", managerId).toString()));
    }

    private static String newDeal(String clientId, String ownerId) throws Exception {
        return id(admin.post("/api/opportunities", JSON.createObjectNode().put("clientId", clientId).put("ownerId", ownerId)
                .put("title", "Deal of " + ownerId).toString()));
    }

    private static String activity(String clientId, String subject, String authorId) {
        var activity = JSON.createObjectNode().put("clientId", clientId).put("type", "call").put("subject", subject);
        return (authorId == null ? activity : activity.put("authorId", authorId)).toString();
    }

    private static String task(String clientId, String title, String assigneeId) {
        var task = JSON.createObjectNode().put("clientId", clientId).put("title", title)
                .put("dueAt", Instant.now().plus(Duration.ofDays(2)).truncatedTo(ChronoUnit.SECONDS).toString());
        return (assigneeId == null ? task : task.put("assigneeId", assigneeId)).toString();
    }

    private static String membership(String client, String plan, String card) {
        return "{\"clientId\":\"" + client + "\",\"planId\":\"" + plan + "\",\"card\":\"" + card + "\"}";
    }

    private static String id(HttpResponse<String> created) throws Exception {
        assertEquals(created.body(), 201, created.statusCode());
        return Api.json(created).get("id").asText();
    }

    private static List<String> ids(HttpResponse<String> page) throws Exception {
        return values(page, "id");
    }

    /** The kinds of a timeline's entries, sorted, status changes left out (every client has those). */
    private static List<String> kinds(HttpResponse<String> page) throws Exception {
        List<String> kinds = new ArrayList<>(values(page, "kind"));
        kinds.removeIf("status-change"::equals);
        kinds.sort(null);
        return kinds;
    }

    /** The opportunities of a timeline's stage moves. */
    private static List<String> recordIds(HttpResponse<String> page) throws Exception {
        List<String> ids = new ArrayList<>();
        for (JsonNode entry : Api.json(page).get("items")) {
            if ("stage-change".equals(entry.get("kind").asText())) {
                ids.add(entry.get("recordId").asText());
            }
        }
        return ids;
    }

    private static List<String> values(HttpResponse<String> page, String field) throws Exception {
        assertEquals(page.body(), 200, page.statusCode());
        List<String> values = new ArrayList<>();
        Api.json(page).get("items").forEach(item -> values.add(item.get(field).asText()));
        return values;
    }
}
