package org.atriumcrm.distribution;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The duplicate scan of the whole base over HTTP: one firm typed three ways is one strong group of
 * exactly those three, firms that only share a brand are not a strong group, unrelated clients are
 * in none, a deleted client leaves its group, and a caller limited to its own clients sees only
 * groups of its own clients. A new scan replaces the groups of the one before.
 */
public class DuplicateScanIT {

    private static final Duration SCAN_TIMEOUT = Duration.ofSeconds(60);
    private static final String PASSWORD = "a long passphrase for tests";
    private static final ObjectMapper JSON = new ObjectMapper();

    private static RunningAtrium atrium;
    private static Api api;
    private static List<String> sameFirm;
    private static Set<String> nearMiss;
    private static Set<String> unrelated;
    private static Set<String> olgasPair;
    private static JsonNode scanned;

    @BeforeClass
    public static void scanABaseWithDuplicates() throws Exception {
        // an Atrium of its own: it expects a base never scanned, and scans the whole base for exactly its groups
        atrium = RunningAtrium.start("duplicate-scan");
        api = atrium.api();
        assertEquals("no scan before the first", "NEVER", Api.json(api.get("/api/duplicates/scan")).get("status").asText());

        sameFirm = List.of(
                client("/api/clients", "{\"kind\":\"ORGANIZATION\",\"name\":\"ООО «Гамма-Сервис»\","
                        + "\"phones\":[\"+7 (812) 700-11-22\"],\"emails\":[\"office@gamma-service.ru\"]}"),
                client("/api/clients?confirmedNew=true", "{\"kind\":\"ORGANIZATION\",\"name\":\"Гамма-Сервис, ООО\","
                        + "\"phones\":[\"8 812 700-11-22\"]}"),
                client("/api/clients?confirmedNew=true", "{\"kind\":\"ORGANIZATION\",\"name\":\"гамма сервис\","
                        + "\"phones\":[\"+78127001122\"],\"emails\":[\"Office@Gamma-Service.ru\"]}"));
        nearMiss = Set.of(client("/api/clients", withInn("ООО «Альфа-Строй»", "7736050003")),
                client("/api/clients?confirmedNew=true", withInn("ООО «Альфа-Трейд»", "7702070139")));
        unrelated = Set.of(
                client("/api/clients", "{\"kind\":\"ORGANIZATION\",\"name\":\"Quuxbridge Ventures\",\"phones\":[\"+44 20 7946 0777\"]}"),
                client("/api/clients", "{\"kind\":\"PERSON\",\"name\":\"Begoña Iturralde\",\"emails\":[\"begona@example.es\"]}"),
                client("/api/clients", "{\"kind\":\"ORGANIZATION\",\"name\":\"Тихая Заводь\",\"phones\":[\"+7 495 111-22-33\"]}"));

        HttpResponse<String> role = api.post("/api/roles", "{\"id\":\"own-clients\",\"label\":\"Own clients\",\"grants\":"
                + "{\"clients\":{\"access\":[\"READ\",\"WRITE\"],\"scope\":\"OWN\",\"hiddenFields\":[]}}}");
        assertEquals(role.body(), 201, role.statusCode());
        String olga = newUser("olga", "own-clients");
        olgasPair = Set.of(
                client("/api/clients", "{\"kind\":\"ORGANIZATION\",\"name\":\"Дельта Плюс\",\"phones\":[\"+7 812 300-40-50\"],"
                        + "\"responsibleManagerId\":\"" + olga + "\"}"),
                client("/api/clients?confirmedNew=true", "{\"kind\":\"ORGANIZATION\",\"name\":\"Дельта-Плюс\","
                        + "\"phones\":[\"8 (812) 300 40 50\"],\"responsibleManagerId\":\"" + olga + "\"}"));

        HttpResponse<String> started = api.post("/api/duplicates/scan", "");
        assertEquals(started.body(), 202, started.statusCode());
        assertEquals("RUNNING", Api.json(started).get("status").asText());
        scanned = awaitScan();
    }

    @AfterClass
    public static void stopAtrium() {
        if (atrium != null) {
            atrium.stop();
        }
    }

    private static String withInn(String name, String inn) {
        return "{\"kind\":\"ORGANIZATION\",\"name\":\"" + name + "\",\"legalEntities\":[{\"name\":\"" + name
                + "\",\"country\":\"RU\",\"inn\":\"" + inn + "\"}]}";
    }

    private static String client(String path, String json) throws IOException, InterruptedException {
        HttpResponse<String> created = api.post(path, json);
        assertEquals(created.body(), 201, created.statusCode());
        return Api.json(created).get("id").asText();
    }

    private static String newUser(String username, String role) throws IOException, InterruptedException {
        String user = JSON.createObjectNode().put("username", username).put("displayName", username + " Test")
                .put("email", username + "@example.com").put("locale", "en").put("team", "north").put("password", PASSWORD)
                .set("roles", JSON.createArrayNode().add(role)).toString();
        HttpResponse<String> created = api.post("/api/users", user);
        assertEquals(created.body(), 201, created.statusCode());
        return Api.json(created).get("id").asText();
    }

    /** Polls the scan's status until it is no longer running; the status it ended with. */
    private static JsonNode awaitScan() throws IOException, InterruptedException {
        Instant deadline = Instant.now().plus(SCAN_TIMEOUT);
        while (Instant.now().isBefore(deadline)) {
            HttpResponse<String> status = api.get("/api/duplicates/scan");
            assertEquals(status.body(), 200, status.statusCode());
            JsonNode scan = Api.json(status);
            if (!"RUNNING".equals(scan.get("status").asText())) {
                return scan;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("the duplicate scan did not end within " + SCAN_TIMEOUT);
    }

    private static List<JsonNode> groups(Api caller, String query) throws IOException, InterruptedException {
        HttpResponse<String> listed = caller.get("/api/duplicates" + query);
        assertEquals(listed.body(), 200, listed.statusCode());
        List<JsonNode> groups = new ArrayList<>();
        Api.json(listed).get("items").forEach(groups::add);
        return groups;
    }

    private static Set<String> clientIds(JsonNode group) {
        Set<String> ids = new HashSet<>();
        group.get("clients").forEach(client -> ids.add(client.get("clientId").asText()));
        return ids;
    }

    private static List<JsonNode> groupsWithAnyOf(List<JsonNode> groups, Set<String> ids) {
        return groups.stream().filter(group -> clientIds(group).stream().anyMatch(ids::contains)).toList();
    }

    @Test
    public void oneFirmTypedThreeWaysIsOneStrongGroupAndADeletedClientLeavesIt() throws Exception {
        assertEquals(scanned.toString(), "DONE", scanned.get("status").asText());
        assertTrue(scanned.toString(), scanned.get("clientsScanned").asLong() >= 10);
        assertNotNull(scanned.get("finishedAt").asText());

        List<JsonNode> strong = groups(api, "?decision=STRONG");
        List<JsonNode> firm = groupsWithAnyOf(strong, Set.copyOf(sameFirm));
        assertEquals(strong.toString(), 1, firm.size());
        JsonNode group = firm.get(0);
        assertEquals(Set.copyOf(sameFirm), clientIds(group));
        assertEquals("STRONG", group.get("decision").asText());
        assertTrue(group.toString(), group.get("score").asDouble() >= 0.85);
        Set<String> names = new HashSet<>();
        group.get("clients").forEach(client -> names.add(client.get("name").asText()));
        assertTrue(names.toString(), names.contains("ООО «Гамма-Сервис»") && names.contains("гамма сервис"));
        JsonNode pair = group.get("pairs").get(0);
        assertTrue(pair.toString(), pair.get("a").asText().compareTo(pair.get("b").asText()) < 0);
        List<String> codes = new ArrayList<>();
        pair.get("reasons").forEach(reason -> codes.add(reason.get("code").asText()));
        assertTrue(codes.toString(), codes.contains("SAME_PHONE"));

        assertTrue("firms sharing a brand with different INNs are no strong group", groupsWithAnyOf(strong, nearMiss).isEmpty());
        List<JsonNode> all = groups(api, "");
        for (JsonNode alike : groupsWithAnyOf(all, nearMiss)) {
            assertEquals(alike.toString(), "POSSIBLE", alike.get("decision").asText());
        }
        assertEquals("unrelated clients are in no group", List.of(), groupsWithAnyOf(all, unrelated));
        JsonNode listed = Api.json(api.get("/api/duplicates"));
        assertEquals("DONE", listed.get("scan").get("status").asText());

        String gone = sameFirm.get(1);
        String version = api.get("/api/clients/" + gone).headers().firstValue("ETag").orElseThrow();
        assertEquals(204, api.delete("/api/clients/" + gone, version).statusCode());
        List<JsonNode> left = groupsWithAnyOf(groups(api, ""), Set.copyOf(sameFirm));
        assertEquals(left.toString(), 1, left.size());
        assertEquals(Set.of(sameFirm.get(0), sameFirm.get(2)), clientIds(left.get(0)));
        assertEquals(1, left.get(0).get("pairs").size());

        HttpResponse<String> again = api.post("/api/duplicates/scan", "");
        assertEquals(again.body(), 202, again.statusCode());
        assertEquals("DONE", awaitScan().get("status").asText());
        List<JsonNode> rescanned = groupsWithAnyOf(groups(api, ""), Set.copyOf(sameFirm));
        assertEquals("the new scan's groups replace the old ones", 1, rescanned.size());
        assertEquals(Set.of(sameFirm.get(0), sameFirm.get(2)), clientIds(rescanned.get(0)));
        assertNotEquals(left.get(0).get("groupId").asText(), rescanned.get(0).get("groupId").asText());
    }

    @Test
    public void aCallerLimitedToItsOwnClientsSeesOnlyGroupsOfItsOwnClients() throws Exception {
        assertEquals("the admin sees olga's pair too", 1, groupsWithAnyOf(groups(api, ""), olgasPair).size());

        Api olga = api.signIn("olga", PASSWORD);
        List<JsonNode> seen = groups(olga, "");
        assertEquals(seen.toString(), 1, seen.size());
        assertEquals(olgasPair, clientIds(seen.get(0)));
        assertEquals(seen.toString(), 2, seen.get(0).get("clients").size());
    }

    @Test
    public void listsPageBestFirstNameBadParametersAndOnlyWritersStartAScan() throws Exception {
        HttpResponse<String> bad = api.get("/api/duplicates?decision=MAYBE&limit=0");
        assertEquals(bad.body(), 422, bad.statusCode());
        Set<String> fields = new HashSet<>();
        Api.json(bad).get("errors").forEach(error -> fields.add(error.get("field").asText()));
        assertEquals(Set.of("decision", "limit"), fields);
        assertEquals(422, api.get("/api/duplicates?after=not-a-cursor").statusCode());

        HttpResponse<String> firstPage = api.get("/api/duplicates?limit=1");
        JsonNode page = Api.json(firstPage);
        assertEquals(1, page.get("items").size());
        assertFalse("more than one group: a next page", page.get("next").isNull());
        JsonNode second = Api.json(api.get("/api/duplicates?limit=1&after=" + page.get("next").asText()));
        assertFalse(page.get("items").get(0).get("groupId").asText().equals(second.get("items").get(0).get("groupId").asText()));
        assertTrue("best first", page.get("items").get(0).get("score").asDouble()
                >= second.get("items").get(0).get("score").asDouble());

        assertEquals(401, api.anonymous().get("/api/duplicates").statusCode());
        HttpResponse<String> role = api.post("/api/roles", "{\"id\":\"client-readers\",\"label\":\"Client readers\",\"grants\":"
                + "{\"clients\":{\"access\":[\"READ\"],\"scope\":\"ALL\",\"hiddenFields\":[]}}}");
        assertEquals(role.body(), 201, role.statusCode());
        newUser("rita", "client-readers");
        Api reader = api.signIn("rita", PASSWORD);
        assertEquals(200, reader.get("/api/duplicates").statusCode());
        assertEquals(200, reader.get("/api/duplicates/scan").statusCode());
        HttpResponse<String> refused = reader.post("/api/duplicates/scan", "");
        assertEquals(refused.body(), 403, refused.statusCode());
    }
}
