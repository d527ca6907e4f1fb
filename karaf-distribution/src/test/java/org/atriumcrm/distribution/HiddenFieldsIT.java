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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.BeforeClass;
import org.junit.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Hidden fields on every path, over real HTTP as the users whose roles hide them: marketing
 * (legal entities), service (purchase potential) and a role that hides fields below lists
 * ({@code legalEntities.inn}, {@code contacts.phones}), a custom field and the creation time. Each
 * shape of answer (a record, a page, the lists inside a record, a merge's survivor, duplicate
 * groups, match candidates, audit diffs) shows none of their values, writes of them are refused,
 * filters and orders on them are refused, and a search does not find a client through them.
 */
public class HiddenFieldsIT {

    private static final String PASSWORD = "a long passphrase for tests";
    private static final String PROBLEM = "application/problem+json";
    private static final Duration SCAN_TIMEOUT = Duration.ofSeconds(60);
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Tax ids and phones only the admin may see; no answer to the others may hold them. */
    private static final String INN = "7705123452";
    private static final String OTHER_INN = "7713987657";
    private static final String CONTACT_PHONE = "+79161234567";
    private static final String CHANGED_PHONE = "+79167654321";
    private static final String MASKED_ROLE = "{\"id\":\"masked\",\"label\":\"Masked\",\"grants\":{\"clients\":{"
            + "\"access\":[\"READ\",\"WRITE\",\"DELETE\"],\"scope\":\"ALL\","
            + "\"hiddenFields\":[\"legalEntities.inn\",\"contacts.phones\",\"customFields.discount\",\"createdAt\"]}}}";

    private static final String NAMELESS_ROLE = "{\"id\":\"nameless\",\"label\":\"Nameless\",\"grants\":{\"clients\":{"
            + "\"access\":[\"READ\"],\"scope\":\"ALL\",\"hiddenFields\":[\"name\"]}}}";

    private static final List<String> DRAFT_FIELDS = List.of("kind", "name", "phones", "emails", "addresses", "status",
            "source", "clientType", "sector", "purchasePotential", "geography", "tags", "responsibleManagerId", "contacts",
            "legalEntities", "customFields");

    private static RunningAtrium atrium;
    private static Api admin;
    private static Api marketing;
    private static Api service;
    private static Api masked;
    private static Api nameless;

    @BeforeClass
    public static void useTheSharedAtrium() throws Exception {
        atrium = RunningAtrium.shared();
        admin = atrium.api();
        created(admin.post("/api/custom-fields", "{\"recordKind\":\"CLIENT\",\"key\":\"discount\",\"label\":\"Discount\","
                + "\"type\":\"NUMBER\"}"));
        created(admin.post("/api/custom-fields", "{\"recordKind\":\"CLIENT\",\"key\":\"vip\",\"label\":\"VIP\",\"type\":\"BOOLEAN\"}"));
        created(admin.post("/api/roles", MASKED_ROLE));
        marketing = user("mila", "marketing");
        service = user("sven", "service");
        masked = user("max", "masked");
        created(admin.post("/api/roles", NAMELESS_ROLE));
        nameless = user("nora", "nameless");
    }

    @Test
    public void aRecordShowsNoHiddenFieldInsideItsListsOrCustomFields() throws Exception {
        String id = newClient("Record Sigma Ltd", INN);
        JsonNode asAdmin = read(admin, id);
        assertEquals(INN, asAdmin.at("/legalEntities/0/inn").asText());
        assertEquals(CONTACT_PHONE, asAdmin.at("/contacts/0/phones/0").asText());

        JsonNode record = read(masked, id);
        assertEquals("Record Sigma Ltd", record.get("name").asText());
        JsonNode entity = record.at("/legalEntities/0");
        assertEquals("OOO Sigma", entity.get("name").asText());
        assertEquals("773601001", entity.get("kpp").asText());
        assertFalse(entity.toString(), entity.has("inn"));
        JsonNode contact = record.at("/contacts/0");
        assertEquals("Ivan Petrov", contact.get("name").asText());
        assertFalse(contact.toString(), contact.has("phones"));
        assertEquals("sven@sigma.example", contact.at("/emails/0").asText());
        assertFalse(record.get("customFields").toString(), record.get("customFields").has("discount"));
        assertTrue(record.get("customFields").get("vip").asBoolean());
        assertFalse(record.toString(), record.has("createdAt"));
        assertHolds(false, record.toString());
    }

    @Test
    public void aPageShowsNoHiddenFieldInAnyOfItsClients() throws Exception {
        newClient("Paged Sigma One", INN);
        newClient("Paged Sigma Two", INN);
        HttpResponse<String> page = masked.get("/api/clients?limit=200&q=paged");
        assertEquals(page.body(), 200, page.statusCode());
        JsonNode items = Api.json(page).get("items");
        assertEquals(2, items.size());
        for (JsonNode client : items) {
            assertEquals(1, client.get("legalEntities").size());
            assertEquals(1, client.get("contacts").size());
        }
        assertHolds(false, page.body());
        assertHolds(true, admin.get("/api/clients?limit=200&q=paged").body());
    }

    @Test
    public void writesOfHiddenFieldsBelowListsAreRefusedAndUpdatesKeepThem() throws Exception {
        String id = newClient("Written Sigma Ltd", INN);
        assertRefused("contacts[0].phones", masked.put("/api/clients/" + id, "\"1\"", draft("Written Sigma Ltd", OTHER_INN)
                .without("legalEntities").without("customFields").toString()));
        assertRefused("legalEntities[0].inn", masked.post("/api/clients?confirmedNew=true",
                draft("Smuggled Sigma Ltd", OTHER_INN).without("contacts").without("customFields").toString()));
        ObjectNode discount = JSON.createObjectNode().put("kind", "ORGANIZATION").put("name", "Discounted Sigma Ltd");
        discount.putObject("customFields").put("discount", 50);
        assertRefused("customFields.discount", masked.post("/api/clients", discount.toString()));
        assertEquals(List.of(), names(admin.get("/api/clients?q=smuggled")));

        // what the masked user reads it sends back renamed: the hidden values it never saw stay
        ObjectNode seen = asDraft(read(masked, id));
        seen.put("name", "Written Sigma Group");
        HttpResponse<String> renamed = masked.put("/api/clients/" + id, "\"1\"", seen.toString());
        assertEquals(renamed.body(), 200, renamed.statusCode());
        assertHolds(false, renamed.body());
        JsonNode stored = read(admin, id);
        assertEquals("Written Sigma Group", stored.get("name").asText());
        assertEquals(INN, stored.at("/legalEntities/0/inn").asText());
        assertEquals(CONTACT_PHONE, stored.at("/contacts/0/phones/0").asText());
        assertEquals(10, stored.at("/customFields/discount").asInt());
    }

    @Test
    public void aMergeAnswersItsSurvivorWithoutHiddenFields() throws Exception {
        // contacts without phones: a merge of contacts with phones fails in the store, a defect of its own
        String survivor = newClient(draft("Merged Sigma Ltd", INN).withoutContactPhones());
        String duplicate = newClient(draft("Merged Sigma Limited", INN).withoutContactPhones());
        HttpResponse<String> merged = masked.post("/api/clients/" + survivor + "/merge",
                "{\"mergedIds\":[\"" + duplicate + "\"],\"fields\":{\"name\":\"" + duplicate + "\"}}");
        assertEquals(merged.body(), 200, merged.statusCode());
        JsonNode answer = Api.json(merged);
        assertEquals("Merged Sigma Limited", answer.at("/survivor/name").asText());
        assertEquals(2, answer.at("/survivor/legalEntities").size());
        assertEquals("OOO Sigma", answer.at("/survivor/legalEntities/1/name").asText());
        assertFalse(merged.body(), merged.body().contains(INN) || merged.body().contains("\"discount\""));
        String kept = admin.get("/api/clients/" + survivor).body();
        assertTrue(kept, kept.contains(INN) && kept.contains("\"discount\""));

        String third = newClient(draft("Merged Sigma Third", INN).withoutContactPhones());
        assertRefused("fields.customFields.discount", masked.post("/api/clients/" + survivor + "/merge",
                "{\"mergedIds\":[\"" + third + "\"],\"fields\":{\"customFields.discount\":\"" + third + "\"}}"));
    }

    @Test
    public void duplicateGroupsAndMatchesShowNoHiddenTaxIdOrPhone() throws Exception {
        newClient("Twin Omega Ltd", INN);
        newClient("Twin Omega Limited", INN);
        newClient("Twin Omega Trade", OTHER_INN);
        HttpResponse<String> started = admin.post("/api/duplicates/scan", "");
        assertEquals(started.body(), 202, started.statusCode());
        awaitScan();

        HttpResponse<String> asAdmin = admin.get("/api/duplicates?limit=200");
        assertEquals(asAdmin.body(), 200, asAdmin.statusCode());
        assertTrue("the admin sees why: " + asAdmin.body(), asAdmin.body().contains("\"value\":\"" + INN + "\""));
        for (Api hider : List.of(marketing, masked)) {
            HttpResponse<String> groups = hider.get("/api/duplicates?limit=200");
            assertEquals(groups.body(), 200, groups.statusCode());
            List<String> codes = new ArrayList<>();
            Api.json(groups).get("items").forEach(group -> group.get("pairs").forEach(pair -> pair.get("reasons")
                    .forEach(reason -> codes.add(reason.get("code").asText()))));
            assertTrue("the reason stays, its value goes: " + codes, codes.contains("SAME_INN"));
            assertFalse(groups.body(), groups.body().contains(INN));
            assertFalse(groups.body(), groups.body().contains(OTHER_INN));
        }
        HttpResponse<String> maskedGroups = masked.get("/api/duplicates?limit=200");
        assertTrue(asAdmin.body().contains("\"value\":\"" + CONTACT_PHONE + "\""));
        assertFalse("a phone key may be a contact's: " + maskedGroups.body(), maskedGroups.body().contains(CONTACT_PHONE));

        // a new client with a stored contact's phone: the phone may be a contact's, which masked does not see
        String typed = JSON.createObjectNode().put("kind", "ORGANIZATION").put("name", "Twin Omega Ltd")
                .set("phones", JSON.createArrayNode().add(CONTACT_PHONE)).toString();
        HttpResponse<String> matches = masked.post("/api/clients/match", typed);
        assertEquals(matches.body(), 200, matches.statusCode());
        assertReasonsWithoutPhone(Api.json(matches).get("candidates"));
        HttpResponse<String> refused = masked.post("/api/clients", typed);
        assertEquals(refused.body(), 409, refused.statusCode());
        assertReasonsWithoutPhone(Api.json(refused).get("candidates"));
        assertTrue(admin.post("/api/clients/match", typed).body().contains("\"value\":\"" + CONTACT_PHONE + "\""));
    }

    @Test
    public void theAuditTrailShowsNoChangeOfAHiddenField() throws Exception {
        String id = newClient("Audited Sigma Ltd", INN);
        ObjectNode changed = asDraft(read(admin, id));
        ((ObjectNode) changed.at("/legalEntities/0")).put("inn", OTHER_INN);
        ((ObjectNode) changed.at("/contacts/0")).set("phones", JSON.createArrayNode().add(CHANGED_PHONE));
        changed.put("sector", "Retail");
        HttpResponse<String> updated = admin.put("/api/clients/" + id, "\"1\"", changed.toString());
        assertEquals(updated.body(), 200, updated.statusCode());

        String full = admin.get("/api/clients/" + id + "/audit").body();
        assertTrue(full, full.contains(OTHER_INN) && full.contains(CHANGED_PHONE));
        HttpResponse<String> trail = masked.get("/api/clients/" + id + "/audit");
        assertEquals(trail.body(), 200, trail.statusCode());
        List<String> fields = new ArrayList<>();
        Api.json(trail).get("items").forEach(entry -> entry.get("changes").forEach(change -> fields.add(change.get("field").asText())));
        assertTrue(fields.toString(), fields.contains("sector"));
        assertTrue(fields.toString(), fields.contains("legalEntities[0].kpp"));
        assertFalse(trail.body(), trail.body().contains(OTHER_INN) || trail.body().contains(CHANGED_PHONE));
        assertHolds(false, trail.body());
    }

    @Test
    public void filtersAndOrdersOnHiddenFieldsAreRefusedNamingTheParameter() throws Exception {
        assertEquals(200, admin.get("/api/clients?purchasePotential=HIGH&cf.discount=10&sort=-created").statusCode());
        assertRefused("purchasePotential", service.get("/api/clients?purchasePotential=HIGH"));
        assertRefused("cf.discount", masked.get("/api/clients?cf.discount=10"));
        assertRefused("sort", masked.get("/api/clients?sort=-created"));
        assertEquals("what the role sees it filters on", 200, masked.get("/api/clients?cf.vip=true&sort=-updated").statusCode());
        assertEquals(200, service.get("/api/clients?sector=Retail").statusCode());
    }

    @Test
    public void aSearchDoesNotFindAClientThroughItsHiddenFields() throws Exception {
        String inn = "7724555017"; // no other test client has it
        newClient("Searched Kappa Ltd", inn);
        assertEquals(List.of("Searched Kappa Ltd"), names(admin.get(query(inn))));
        assertEquals(List.of(), names(marketing.get(query(inn))));
        assertEquals(List.of(), names(masked.get(query(inn))));
        assertEquals(List.of(), names(masked.get(query("+7 916 123-45-67"))).stream().filter(name -> name.contains("Kappa")).toList());
        assertEquals("the name still finds it", List.of("Searched Kappa Ltd"), names(marketing.get(query("searched kappa"))));
    }

    /** Pair keys are made of names, as word keys are: a caller who may not see a name cannot find a client by two of its words. */
    @Test
    public void twoWordsDoNotFindAClientThroughAHiddenName() throws Exception {
        created(admin.post("/api/clients?confirmedNew=true", "{\"kind\":\"PERSON\",\"name\":\"Hidalgo Pairwise\"}"));
        created(admin.post("/api/clients?confirmedNew=true", "{\"kind\":\"ORGANIZATION\",\"name\":\"Unpaired Works Ltd\","
                + "\"contacts\":[{\"name\":\"Pairwise Hidalga\"}]}"));
        // the person's name, then also the contact's "Pairwise Hidalga" when both words are prefixes
        for (Map.Entry<String, Integer> typed : Map.of("hidalgo pairwise", 1, "pairwise hidalgo", 1, "hid pair", 2).entrySet()) {
            assertEquals(typed.getKey(), (int) typed.getValue(), Api.json(admin.get(query(typed.getKey()))).get("items").size());
            HttpResponse<String> hidden = nameless.get(query(typed.getKey()));
            assertEquals(hidden.body(), 200, hidden.statusCode());
            assertEquals(typed.getKey(), 0, Api.json(hidden).get("items").size());
        }
    }

    private static void assertReasonsWithoutPhone(JsonNode candidates) {
        assertTrue(candidates.toString(), candidates.size() > 0);
        List<String> codes = new ArrayList<>();
        candidates.forEach(candidate -> candidate.get("reasons").forEach(reason -> {
            codes.add(reason.get("code").asText());
            if ("SAME_PHONE".equals(reason.get("code").asText())) {
                assertFalse(reason.toString(), reason.has("value"));
            }
        }));
        assertTrue(codes.toString(), codes.contains("SAME_PHONE"));
    }

    /** Whether a body holds the hidden values every test client has: its tax id, its contact's phone, its discount. */
    private static void assertHolds(boolean expected, String body) {
        assertEquals(body, expected, body.contains(INN));
        assertEquals(body, expected, body.contains(CONTACT_PHONE));
        assertEquals(body, expected, body.contains("\"discount\""));
    }

    /** A client with a legal entity, a contact with a phone and a discount, created by the admin. */
    private static String newClient(String name, String inn) throws Exception {
        return newClient(draft(name, inn));
    }

    private static String newClient(Draft draft) throws Exception {
        return Api.json(created(admin.post("/api/clients?confirmedNew=true", draft.toString()))).get("id").asText();
    }

    private static Draft draft(String name, String inn) {
        ObjectNode client = JSON.createObjectNode().put("kind", "ORGANIZATION").put("name", name);
        client.putArray("legalEntities").addObject().put("name", "OOO Sigma").put("country", "RU").put("inn", inn)
                .put("kpp", "773601001");
        ObjectNode contact = client.putArray("contacts").addObject().put("name", "Ivan Petrov");
        contact.putArray("phones").add(CONTACT_PHONE);
        contact.putArray("emails").add("sven@sigma.example");
        client.putObject("customFields").put("discount", 10).put("vip", true);
        return new Draft(client);
    }

    /** A client draft, with a way to leave a part out. */
    private record Draft(ObjectNode json) {
        Draft without(String field) {
            ObjectNode copy = json.deepCopy();
            copy.remove(field);
            return new Draft(copy);
        }

        Draft withoutContactPhones() {
            ObjectNode copy = json.deepCopy();
            copy.get("contacts").forEach(contact -> ((ObjectNode) contact).remove("phones"));
            return new Draft(copy);
        }

        @Override
        public String toString() {
            return json.toString();
        }
    }

    /** The fields of a client a PUT takes, as the web form sends them back. */
    private static ObjectNode asDraft(JsonNode client) {
        ObjectNode draft = JSON.createObjectNode();
        for (String field : DRAFT_FIELDS) {
            if (client.has(field)) {
                draft.set(field, client.get(field));
            }
        }
        return draft;
    }

    private static JsonNode read(Api api, String id) throws Exception {
        HttpResponse<String> read = api.get("/api/clients/" + id);
        assertEquals(read.body(), 200, read.statusCode());
        return Api.json(read);
    }

    private static HttpResponse<String> created(HttpResponse<String> response) {
        assertEquals(response.body(), 201, response.statusCode());
        return response;
    }

    private static Api user(String username, String role) throws Exception {
        String user = JSON.createObjectNode().put("username", username).put("displayName", username + " Test")
                .put("email", username + "@example.com").put("locale", "en").put("team", "north").put("password", PASSWORD)
                .set("roles", JSON.createArrayNode().add(role)).toString();
        created(admin.post("/api/users", user));
        return admin.signIn(username, PASSWORD);
    }

    private static void awaitScan() throws IOException, InterruptedException {
        Instant deadline = Instant.now().plus(SCAN_TIMEOUT);
        while (Instant.now().isBefore(deadline)) {
            if (!"RUNNING".equals(Api.json(admin.get("/api/duplicates/scan")).get("status").asText())) {
                return;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("the duplicate scan did not end within " + SCAN_TIMEOUT);
    }

    private static String query(String text) {
        return "/api/clients?limit=200&q=" + URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private static List<String> names(HttpResponse<String> page) throws Exception {
        assertEquals(page.body(), 200, page.statusCode());
        List<String> names = new ArrayList<>();
        Api.json(page).get("items").forEach(item -> names.add(item.get("name").asText()));
        return names;
    }

    private static void assertRefused(String field, HttpResponse<String> response) throws Exception {
        assertEquals(response.body(), 403, response.statusCode());
        assertEquals(PROBLEM, response.headers().firstValue("Content-Type").orElse(""));
        assertEquals(response.body(), field, Api.json(response).get("errors").get(0).get("field").asText());
    }
}
