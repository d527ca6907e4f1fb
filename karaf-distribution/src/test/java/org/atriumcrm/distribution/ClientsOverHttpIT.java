package org.atriumcrm.distribution;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.Test;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The client API of the built distribution, over real HTTP from outside the container, as an
 * integrator sees it. Pax Exam starts the real Karaf; the test talks to it like any HTTP client,
 * and restarts it on the same database to see the data still there.
 */
public class ClientsOverHttpIT {

    private static RunningAtrium atrium;
    private static Api api;

    @BeforeClass
    public static void startAtrium() throws Exception {
        // an Atrium of its own: it restarts Atrium, and walks, filters and searches the demo base expecting exactly its clients
        atrium = RunningAtrium.start("clients");
        api = atrium.api();
    }

    @AfterClass
    public static void stopAtrium() {
        if (atrium != null) {
            atrium.stop();
        }
    }

    private static String organisation(String name, String phone) {
        return "{\"kind\":\"ORGANIZATION\",\"name\":\"" + name + "\",\"phones\":[\"" + phone + "\"]}";
    }

    private static String query(String text) {
        return "/api/clients?q=" + URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private static List<String> fields(HttpResponse<String> problem) throws Exception {
        List<String> fields = new ArrayList<>();
        Api.json(problem).get("errors").forEach(error -> fields.add(error.get("field").asText()));
        return fields;
    }

    private static List<String> names(HttpResponse<String> page) throws Exception {
        List<String> names = new ArrayList<>();
        Api.json(page).get("items").forEach(item -> names.add(item.get("name").asText()));
        return names;
    }

    @Test
    public void createReadAndFindByAPhoneTypedDifferently() throws Exception {
        HttpResponse<String> created = api.post("/api/clients", organisation("ООО «Альфа»", "+7 (812) 123-45-67"));
        assertEquals(created.body(), 201, created.statusCode());
        String location = created.headers().firstValue("Location").orElseThrow();
        assertEquals("\"1\"", created.headers().firstValue("ETag").orElseThrow());
        String id = Api.json(created).get("id").asText();
        assertTrue(location.endsWith("/api/clients/" + id));

        HttpResponse<String> read = api.get(URI.create(location).getPath());
        assertEquals(200, read.statusCode());
        JsonNode client = Api.json(read);
        assertEquals("ООО «Альфа»", client.get("name").asText());
        assertEquals("+7 (812) 123-45-67", client.get("phones").get(0).asText());
        assertEquals("LEAD", client.get("status").asText());

        for (String typed : List.of("88121234567", "+7 812 123 45 67", "(812) 123-45-67")) {
            HttpResponse<String> found = api.get(query(typed));
            assertEquals(200, found.statusCode());
            List<String> ids = new ArrayList<>();
            Api.json(found).get("items").forEach(item -> ids.add(item.get("id").asText()));
            assertEquals("search by " + typed, List.of(id), ids);
        }
    }

    /** Every list of a client, read by id and on a search page alike, in the order it was sent; an update's order after it. */
    @Test
    public void everyPartOfAClientComesBackInItsOrder() throws Exception {
        String contacts = "[{\"name\":\"Ana Uno\",\"phones\":[\"+7 921 000-31-01\",\"+7 921 000-31-02\"],"
                + "\"emails\":[\"ana1@parts.example\",\"ana2@parts.example\"],\"birthday\":\"1990-02-03\"},"
                + "{\"name\":\"Bruno Dos\",\"position\":\"jefe\",\"phones\":[\"+7 921 000-31-03\"],\"notes\":\"llamar\"}]";
        String body = "{\"kind\":\"ORGANIZATION\",\"name\":\"Partsworth Trading\","
                + "\"phones\":[\"+7 921 000-30-01\",\"+7 921 000-30-02\"],"
                + "\"emails\":[\"b@parts.example\",\"a@parts.example\"],"
                + "\"websites\":[\"https://parts.example\",\"https://zeta.parts.example\"],"
                + "\"addresses\":[{\"city\":\"Madrid\",\"country\":\"ES\"},{\"street\":\"Nevsky 1\",\"city\":\"St Petersburg\"}],"
                + "\"tags\":[\"zeta\",\"alpha\"],\"contacts\":%s,"
                + "\"legalEntities\":[{\"name\":\"Partsworth Holding\",\"bank\":{\"bankName\":\"Banco Uno\"}},"
                + "{\"name\":\"Partsworth Retail\"}]}";
        HttpResponse<String> created = api.post("/api/clients", String.format(body, contacts));
        assertEquals(created.body(), 201, created.statusCode());
        JsonNode client = Api.json(created);
        String path = "/api/clients/" + client.get("id").asText();

        JsonNode read = Api.json(api.get(path));
        assertEquals(client, read);
        assertEquals("+7 921 000-30-02", read.get("phones").get(1).asText());
        assertEquals("a@parts.example", read.get("emails").get(1).asText());
        assertEquals("https://zeta.parts.example", read.get("websites").get(1).asText());
        assertEquals("St Petersburg", read.get("addresses").get(1).get("city").asText());
        assertEquals("alpha", read.get("tags").get(1).asText());
        JsonNode ana = read.get("contacts").get(0);
        assertEquals("Ana Uno", ana.get("name").asText());
        assertEquals("+7 921 000-31-02", ana.get("phones").get(1).asText());
        assertEquals("ana2@parts.example", ana.get("emails").get(1).asText());
        assertEquals("1990-02-03", ana.get("birthday").asText());
        assertEquals("jefe", read.get("contacts").get(1).get("position").asText());
        assertEquals(0, read.get("contacts").get(1).get("emails").size());
        assertEquals("Banco Uno", read.get("legalEntities").get(0).get("bank").get("bankName").asText());
        assertTrue(read.get("legalEntities").get(1).get("bank").isNull());

        JsonNode found = Api.json(api.get(query("Partsworth"))).get("items");
        assertEquals(1, found.size());
        assertEquals(read, found.get(0));

        // the contacts the other way round, each keeping its id; Ana without her second phone
        String swapped = "[{\"id\":\"" + read.get("contacts").get(1).get("id").asText() + "\",\"name\":\"Bruno Dos\"},"
                + "{\"id\":\"" + ana.get("id").asText() + "\",\"name\":\"Ana Uno\",\"phones\":[\"+7 921 000-31-01\"]}]";
        HttpResponse<String> updated = api.put(path, "\"1\"", String.format(body, swapped));
        assertEquals(updated.body(), 200, updated.statusCode());
        JsonNode after = Api.json(api.get(path));
        assertEquals(Api.json(updated), after);
        assertEquals(2, after.get("version").asInt());
        assertEquals("Bruno Dos", after.get("contacts").get(0).get("name").asText());
        assertEquals(ana.get("id"), after.get("contacts").get(1).get("id"));
        assertEquals(1, after.get("contacts").get(1).get("phones").size());
        assertEquals(after, Api.json(api.get(query("Partsworth"))).get("items").get(0));
    }

    @Test
    public void legalEntitiesAreCheckedByTheirChecksumsAndKeepTheirIds() throws Exception {
        String valid = "{\"name\":\"ООО «Сигма»\",\"country\":\"RU\",\"inn\":\"7707083893\",\"kpp\":\"773601001\","
                + "\"ogrn\":\"1027700132195\",\"bank\":{\"bankName\":\"ПАО Сбербанк\",\"bik\":\"044525225\","
                + "\"account\":\"40702810938000000001\",\"correspondentAccount\":\"30101810400000000225\"}}";
        String badInn = "{\"name\":\"ООО «Сигма-Трейд»\",\"inn\":\"7707083894\"}";
        String client = "{\"kind\":\"ORGANIZATION\",\"name\":\"Сигма\",\"legalEntities\":[%s,%s]}";

        HttpResponse<String> refused = api.post("/api/clients", client.formatted(valid, badInn));
        assertEquals(refused.body(), 422, refused.statusCode());
        assertEquals("legalEntities[1].inn", Api.json(refused).get("errors").get(0).get("field").asText());
        assertEquals(List.of(), names(api.get(query("Сигма"))));

        String spanish = "{\"name\":\"Sigma Iberia S.L.\",\"country\":\"ES\",\"taxId\":\"B-65410011\",\"vatNumber\":\"ESB65410011\","
                + "\"bank\":{\"bic\":\"CAIXESBBXXX\",\"iban\":\"ES91 2100 0418 4502 0005 1332\"}}";
        HttpResponse<String> created = api.post("/api/clients", client.formatted(valid, spanish));
        assertEquals(created.body(), 201, created.statusCode());
        JsonNode entities = Api.json(created).get("legalEntities");
        assertEquals("B65410011", entities.get(1).get("taxId").asText());
        assertEquals("ES9121000418450200051332", entities.get(1).get("bank").get("iban").asText());
        String id = Api.json(created).get("id").asText();
        assertEquals(List.of("Сигма"), names(api.get(query("7707083893"))));
        assertEquals(List.of("Сигма"), names(api.get(query("b65410011"))));

        String keepFirst = "{\"kind\":\"ORGANIZATION\",\"name\":\"Сигма\",\"legalEntities\":[{\"id\":\""
                + entities.get(0).get("id").asText() + "\",\"name\":\"ООО «Сигма»\",\"inn\":\"7707083893\"}]}";
        HttpResponse<String> updated = api.put("/api/clients/" + id, "\"1\"", keepFirst);
        assertEquals(updated.body(), 200, updated.statusCode());
        assertEquals(entities.get(0).get("id").asText(), Api.json(updated).get("legalEntities").get(0).get("id").asText());
        assertEquals(1, Api.json(updated).get("legalEntities").size());
    }

    @Test
    public void aBatchIsCreatedWholeOrNotAtAll() throws Exception {
        HttpResponse<String> refused = api.post("/api/clients/batch", "[" + organisation("Batch One Ltd", "+44 20 7946 0101")
                + ",{\"kind\":\"PERSON\",\"name\":\"\"}," + organisation("Batch Three Ltd", "not a phone") + "]");
        assertEquals(refused.body(), 422, refused.statusCode());
        assertEquals(List.of("[1].name", "[2].phones[0]"), fields(refused));
        assertEquals("nothing of a refused batch is written", 0,
                Api.json(api.get("/api/clients?q=batch")).get("items").size());

        HttpResponse<String> created = api.post("/api/clients/batch", "[" + organisation("Batch One Ltd", "+44 20 7946 0101")
                + "," + organisation("Batch Two Ltd", "+44 20 7946 0102") + "]");
        assertEquals(created.body(), 201, created.statusCode());
        assertEquals(2, Api.json(created).get("created").asInt());
        String second = Api.json(created).get("ids").get(1).asText();
        assertEquals("Batch Two Ltd", Api.json(api.get("/api/clients/" + second)).get("name").asText());
        assertEquals(1, Api.json(api.get(query("+44 (20) 7946-0102"))).get("items").size());
        assertEquals(422, api.post("/api/clients/batch", "[]").statusCode());
    }

    @Test
    public void aLocalPhoneTakesTheDefaultAreaCode() throws Exception {
        HttpResponse<String> created = api.post("/api/clients",
                "{\"kind\":\"PERSON\",\"name\":\"Ольга Местная\",\"phones\":[\"765-43-21\"],"
                        + "\"contacts\":[{\"name\":\"Борис Помощник\",\"position\":\"секретарь\",\"phones\":[\"+7 921 000-11-22\"]}]}");
        assertEquals(created.body(), 201, created.statusCode());
        assertEquals("765-43-21", Api.json(created).get("phones").get(0).asText());
        assertEquals(List.of("Ольга Местная"), names(api.get(query("+7 812 765-43-21"))));
        assertEquals("a contact's phone finds the client", List.of("Ольга Местная"), names(api.get(query("89210001122"))));
        assertEquals("a contact's name finds the client", List.of("Ольга Местная"), names(api.get(query("борис"))));
    }

    @Test
    public void statusChangesAreKeptInOrder() throws Exception {
        HttpResponse<String> created = api.post("/api/clients", organisation("Theta Status Ltd", "+44 20 7946 0999"));
        String path = "/api/clients/" + Api.json(created).get("id").asText();
        api.put(path, "\"1\"", "{\"kind\":\"ORGANIZATION\",\"name\":\"Theta Status Ltd\",\"status\":\"ACTIVE\"}");
        api.put(path, "\"2\"", "{\"kind\":\"ORGANIZATION\",\"name\":\"Theta Status Ltd\",\"status\":\"REGULAR\"}");

        JsonNode history = Api.json(api.get(path + "/status-history"));
        List<String> steps = new ArrayList<>();
        history.forEach(step -> steps.add((step.get("from").isNull() ? "none" : step.get("from").asText()) + ">" + step.get("to").asText()));
        assertEquals(List.of("none>LEAD", "LEAD>ACTIVE", "ACTIVE>REGULAR"), steps);
    }

    @Test
    public void listsFilterBySegmentationFields() throws Exception {
        assertEquals(List.of("Construcciones Peña S.L.", "María José García López"),
                names(api.get("/api/clients?geography=Madrid")));
        assertEquals(List.of("Inmobiliaria Sol y Mar S.L.U."), names(api.get("/api/clients?geography=M%C3%A1laga&status=ACTIVE")));
        List<String> vip = names(api.get("/api/clients?tag=VIP&limit=200"));
        assertTrue(vip.toString(), vip.containsAll(List.of("John Smith", "James Wilson", "Íñigo Martínez")));
        HttpResponse<String> bad = api.get("/api/clients?purchasePotential=HUGE");
        assertEquals(422, bad.statusCode());
        assertEquals("purchasePotential", Api.json(bad).get("errors").get(0).get("field").asText());
    }

    @Test
    public void theDemoHasDealsCallsAndTasksToLookAt() throws Exception {
        assertTrue(Api.json(api.get("/api/opportunities?open=true&limit=50")).get("items").size() >= 9);
        assertTrue(Api.json(api.get("/api/tasks/overdue?assigneeId=demo")).size() >= 1);
        String alfa = Api.json(api.get(query("Альфа-Строй"))).get("items").get(0).get("id").asText();
        List<String> kinds = new ArrayList<>();
        Api.json(api.get("/api/clients/" + alfa + "/timeline")).get("items").forEach(e -> kinds.add(e.get("kind").asText()));
        assertTrue(kinds.toString(), kinds.containsAll(List.of("activity", "task", "stage-change", "status-change")));
    }

    @Test
    public void searchIgnoresCaseAccentsAndQuotes() throws Exception {
        assertEquals(List.of("Construcciones Peña S.L."), names(api.get(query("pena construcciones"))));
        assertTrue(names(api.get(query("АЛЬФА-строй"))).contains("ООО «Альфа-Строй»"));
        assertEquals(List.of("John Smith"), names(api.get(query("john.smith@GMAIL.com"))));
        assertEquals(List.of(), names(api.get(query("zzzz-nobody"))));
    }

    @Test
    public void aValueReplacedOrListsReorderedAreStoredAsSent() throws Exception {
        String body = "{\"kind\":\"PERSON\",\"name\":\"Kappa Listwright\",\"tags\":%s,\"emails\":%s,\"websites\":%s,"
                + "\"phones\":%s,\"addresses\":%s,\"contacts\":[{%s\"name\":\"Kappa Contact\",\"emails\":%s,\"phones\":%s}]}";
        String madrid = "{\"street\":\"Calle Mayor 1\",\"city\":\"Madrid\",\"country\":\"ES\"}";
        String barcelona = "{\"street\":\"Rambla 2\",\"city\":\"Barcelona\",\"region\":\"CT\",\"country\":\"ES\"}";
        String piter = "{\"street\":\"Nevsky 3\",\"city\":\"Sankt-Peterburg\",\"postalCode\":\"191025\",\"country\":\"RU\"}";
        HttpResponse<String> created = api.post("/api/clients?confirmedNew=true", String.format(body, "[\"alpha\",\"beta\"]",
                "[\"kappa.one@example.com\",\"kappa.two@example.com\"]", "[\"https://kappa-one.example\",\"https://kappa-two.example\"]",
                "[\"+34 911 234 567\",\"+34 932 345 678\"]", "[" + madrid + "," + barcelona + "]", "",
                "[\"kappa.c1@example.com\",\"kappa.c2@example.com\"]", "[\"+7 812 123-45-67\",\"+7 495 123-45-67\"]"));
        assertEquals(created.body(), 201, created.statusCode());
        JsonNode stored = Api.json(created);
        String path = "/api/clients/" + stored.get("id").asText();
        String contactId = "\"id\":\"" + stored.get("contacts").get(0).get("id").asText() + "\",";

        // one update after another, each list with values swapped, replaced, moved up or taken off
        List<List<String>> steps = List.of(
                List.of("[\"beta\",\"alpha\"]", "[\"kappa.two@example.com\",\"kappa.one@example.com\"]",
                        "[\"https://kappa-two.example\",\"https://kappa-one.example\"]", "[\"+34 932 345 678\",\"+34 911 234 567\"]",
                        "[" + barcelona + "," + madrid + "]", "[\"kappa.c2@example.com\",\"kappa.c1@example.com\"]",
                        "[\"+7 495 123-45-67\",\"+7 812 123-45-67\"]"),
                List.of("[\"gamma\",\"alpha\"]", "[\"kappa.three@example.com\",\"kappa.one@example.com\"]",
                        "[\"https://kappa-three.example\"]", "[\"+34 933 333 333\",\"+34 911 234 567\"]",
                        "[" + piter + "," + madrid + "]", "[\"kappa.c3@example.com\",\"kappa.c1@example.com\"]",
                        "[\"+7 495 999-45-67\"]"),
                List.of("[\"alpha\",\"delta\",\"gamma\"]", "[\"kappa.one@example.com\"]",
                        "[\"https://kappa-four.example\",\"https://kappa-three.example\"]", "[\"+34 911 234 567\"]",
                        "[" + madrid + "," + barcelona + "," + piter + "]", "[\"kappa.c1@example.com\",\"kappa.c3@example.com\"]",
                        "[\"+7 812 123-45-67\",\"+7 495 999-45-67\"]"));
        long version = 1;
        for (List<String> step : steps) {
            HttpResponse<String> updated = api.put(path, "\"" + version + "\"", String.format(body, step.get(0), step.get(1),
                    step.get(2), step.get(3), step.get(4), contactId, step.get(5), step.get(6)));
            assertEquals(updated.body(), 200, updated.statusCode());
            JsonNode after = Api.json(api.get(path));
            assertEquals(Api.json(updated), after);
            assertEquals("one update, one version", ++version, after.get("version").asLong());
            assertEquals(step.get(0), after.get("tags").toString());
            assertEquals(step.get(1), after.get("emails").toString());
            assertEquals(step.get(2), after.get("websites").toString());
            assertEquals(step.get(3), after.get("phones").toString());
            assertEquals(cities(step.get(4)), after.get("addresses").findValuesAsText("city"));
            assertEquals(step.get(5), after.get("contacts").get(0).get("emails").toString());
            assertEquals(step.get(6), after.get("contacts").get(0).get("phones").toString());
        }
    }

    private static List<String> cities(String addresses) {
        List<String> cities = new ArrayList<>();
        Matcher city = Pattern.compile("\"city\":\"([^\"]+)\"").matcher(addresses);
        while (city.find()) {
            cities.add(city.group(1));
        }
        return cities;
    }

    @Test
    public void staleIfMatchGets409AndKeepsTheFirstWritersData() throws Exception {
        HttpResponse<String> created = api.post("/api/clients", organisation("Beta Logistics Ltd", "+44 20 7946 0000"));
        String path = "/api/clients/" + Api.json(created).get("id").asText();

        HttpResponse<String> first = api.put(path, "\"1\"", "{\"kind\":\"ORGANIZATION\",\"name\":\"Beta Logistics Ltd\",\"status\":\"ACTIVE\"}");
        assertEquals(first.body(), 200, first.statusCode());
        assertEquals("\"2\"", first.headers().firstValue("ETag").orElseThrow());

        HttpResponse<String> stale = api.put(path, "\"1\"", "{\"kind\":\"ORGANIZATION\",\"name\":\"Beta (stale)\",\"status\":\"LOST\"}");
        assertEquals(409, stale.statusCode());
        assertEquals("application/problem+json", stale.headers().firstValue("Content-Type").orElseThrow());
        assertEquals(409, Api.json(stale).get("status").asInt());

        JsonNode current = Api.json(api.get(path));
        assertEquals("Beta Logistics Ltd", current.get("name").asText());
        assertEquals("ACTIVE", current.get("status").asText());
        assertEquals(2, current.get("version").asInt());
    }

    @Test
    public void malformedJsonGets400ProblemWithoutAStackTrace() throws Exception {
        HttpResponse<String> response = api.post("/api/clients", "{bad");
        assertEquals(400, response.statusCode());
        assertEquals("application/problem+json", response.headers().firstValue("Content-Type").orElseThrow());
        JsonNode problem = Api.json(response);
        assertEquals(400, problem.get("status").asInt());
        assertNotNull(problem.get("title"));
        assertFalse(response.body(), response.body().contains("Exception"));
        assertFalse(response.body(), response.body().contains("\tat "));
    }

    @Test
    public void invalidValuesGet422NamingEachFieldAndWriteNothing() throws Exception {
        HttpResponse<String> response = api.post("/api/clients",
                "{\"kind\":\"PERSON\",\"name\":\"Gamma Invalid\",\"phones\":[\"+7 812 123-45-67\",\"gamma@mail.ru\"],\"emails\":[\"not-an-email\"]}");
        assertEquals(422, response.statusCode());
        assertEquals("application/problem+json", response.headers().firstValue("Content-Type").orElseThrow());
        assertEquals(Set.of("phones[1]", "emails[0]"), new HashSet<>(fields(response)));
        assertEquals(List.of(), names(api.get(query("Gamma Invalid"))));

        HttpResponse<String> badEnum = api.post("/api/clients", "{\"kind\":\"COMPANY\",\"name\":\"Delta\"}");
        assertEquals(422, badEnum.statusCode());
        assertEquals("kind", Api.json(badEnum).get("errors").get(0).get("field").asText());

        HttpResponse<String> badLimit = api.get("/api/clients?limit=100000");
        assertEquals(422, badLimit.statusCode());
        assertEquals("limit", Api.json(badLimit).get("errors").get(0).get("field").asText());
    }

    @Test
    public void missingThingsAnswer404Problems() throws Exception {
        HttpResponse<String> client = api.get("/api/clients/00000000-0000-0000-0000-000000000000");
        assertEquals(404, client.statusCode());
        assertEquals("application/problem+json", client.headers().firstValue("Content-Type").orElseThrow());

        HttpResponse<String> path = api.get("/api/no-such-thing");
        assertEquals(404, path.statusCode());
        assertEquals("application/problem+json", path.headers().firstValue("Content-Type").orElseThrow());
    }

    @Test
    public void pagesWalkTheWholeBaseInNameOrderWithoutRepeats() throws Exception {
        List<String> walked = walk("name", 7);
        assertEquals("no client twice", walked.size(), new HashSet<>(walked).size());
        assertTrue("demo data and more: " + walked.size(), walked.size() >= 36);
        assertEquals("pages of 7 give the same list as one page", ids(api.get("/api/clients?limit=200")), walked);

        List<String> names = names(api.get("/api/clients?limit=200"));
        List<String> byKey = new ArrayList<>(names);
        byKey.sort(Comparator.comparing(ClientsOverHttpIT::sortKey));
        assertEquals("ordered by name, ignoring case, accents and quotes", byKey, names);

        List<String> backwards = walk("-name", 9);
        Collections.reverse(backwards);
        assertEquals(walked, backwards);
    }

    /** Walks every page of a sort, following the next cursors. */
    private static List<String> walk(String sort, int limit) throws Exception {
        List<String> ids = new ArrayList<>();
        String next = null;
        int pages = 0;
        do {
            String path = "/api/clients?sort=" + sort + "&limit=" + limit
                    + (next == null ? "" : "&after=" + URLEncoder.encode(next, StandardCharsets.UTF_8));
            HttpResponse<String> page = api.get(path);
            assertEquals(page.body(), 200, page.statusCode());
            ids.addAll(ids(page));
            JsonNode cursor = Api.json(page).get("next");
            next = cursor.isNull() ? null : cursor.asText();
            pages++;
        } while (next != null && pages < 1000);
        assertNull("paging ends", next);
        return ids;
    }

    private static List<String> ids(HttpResponse<String> page) throws Exception {
        List<String> ids = new ArrayList<>();
        Api.json(page).get("items").forEach(item -> ids.add(item.get("id").asText()));
        return ids;
    }

    /** Lower case, no accents (but "й" stays), words joined by one space: how a user expects names ordered. */
    private static String sortKey(String name) {
        String folded = Normalizer.normalize(name.toLowerCase(Locale.ROOT).replace('ё', 'е').replace('й', '\uE000'),
                Normalizer.Form.NFD).replaceAll("\\p{M}", "").replace('\uE000', 'й');
        return String.join(" ", folded.split("[^\\p{L}\\p{N}]+")).strip();
    }

    @Test
    public void deleteRemovesTheClient() throws Exception {
        HttpResponse<String> created = api.post("/api/clients", organisation("Epsilon Removals", "+34 915 00 00 01"));
        String path = "/api/clients/" + Api.json(created).get("id").asText();
        assertEquals(409, api.delete(path, "\"7\"").statusCode());
        assertEquals(204, api.delete(path, "\"1\"").statusCode());
        assertEquals(404, api.get(path).statusCode());
    }

    @Test
    public void openApiDescribesEveryCoreEndpoint() throws Exception {
        HttpResponse<String> response = api.get("/api/openapi.json");
        assertEquals(200, response.statusCode());
        JsonNode document = Api.json(response);
        assertTrue(document.get("openapi").asText().startsWith("3."));
        List<String> paths = new ArrayList<>();
        document.get("paths").fieldNames().forEachRemaining(paths::add);
        assertTrue(paths.toString(), paths.containsAll(List.of("/api/clients", "/api/clients/{id}",
                "/api/clients/{id}/timeline", "/api/activities", "/api/activities/{id}/attachments", "/api/attachments/{id}",
                "/api/tasks", "/api/tasks/overdue", "/api/tasks/my-day", "/api/opportunities", "/api/opportunities/{id}/stage",
                "/api/opportunities/{id}/history", "/api/pipelines", "/api/custom-fields", "/api/modules")));
        JsonNode getClient = document.get("paths").get("/api/clients/{id}").get("get");
        assertEquals("id", getClient.get("parameters").get(0).get("name").asText());
        JsonNode client = document.get("components").get("schemas").get("Client").get("properties");
        assertTrue(client.has("legalEntities") && client.has("customFields") && client.has("contacts"));
    }

    @Test
    public void theHomePageAndTheScriptsItImportsAreServed() throws Exception {
        HttpResponse<String> home = api.get("/");
        assertEquals(200, home.statusCode());
        assertTrue(home.body().contains("Atrium CRM"));
        assertTrue(home.body().contains("/ui/app.js"));
        assertTrue("bare module names resolve through the import map", home.body().contains("\"lit\": \"/ui/vendor/lit/index.js\""));
        for (String script : List.of("/ui/app.js", "/ui/pages/client-list.js", "/ui/vendor/lit/index.js",
                "/ui/vendor/lit-html/lit-html.js", "/ui/vendor/lit-element/lit-element.js",
                "/ui/vendor/lit__reactive-element/reactive-element.js", "/ui/vendor/chart.js/auto/auto.js")) {
            HttpResponse<String> served = api.get(script);
            assertEquals(script, 200, served.statusCode());
            assertTrue(script, served.headers().firstValue("Content-Type").orElse("").contains("javascript"));
        }
        assertTrue(api.get("/ui/pages/client-list.js").body().contains("/clients"));
        for (String language : List.of("en", "es", "ru")) {
            assertEquals(200, api.get("/ui/i18n/" + language + ".json").statusCode());
        }
    }

    @Test
    public void dataSurvivesARestartAndDemoDataIsLoadedOnce() throws Exception {
        HttpResponse<String> created = api.post("/api/clients", organisation("Zeta Restart S.A.", "+34 933 00 00 02"));
        String path = "/api/clients/" + Api.json(created).get("id").asText();
        assertEquals(List.of("Northwind Traders Ltd"), names(api.get(query("northwind"))));

        atrium.restart();
        api = atrium.api();

        HttpResponse<String> read = api.get(path);
        assertEquals(200, read.statusCode());
        assertEquals("Zeta Restart S.A.", Api.json(read).get("name").asText());
        assertEquals("+34 933 00 00 02", Api.json(read).get("phones").get(0).asText());
        assertEquals(List.of("Zeta Restart S.A."), names(api.get(query("+34933000002"))));
        assertEquals("demo clients are not loaded twice", List.of("Northwind Traders Ltd"), names(api.get(query("northwind"))));
    }

    /**
     * A name search lists exact words first, then longer words in key order, each by name; a client
     * with two matching words is listed once, at its first; and paging by cursor, whatever the page
     * size, gives the same clients in the same order, none repeated and none skipped.
     */
    @Test
    public void searchListsExactWordsFirstThenByNameAndCursorsNeitherRepeatNorSkip() throws Exception {
        for (String name : List.of("Quillon Brown", "Zed Quill", "Amy Quillen", "Quillon Quilla", "Quill Adams",
                "Quillby Carter", "Quíll Bennett")) {
            HttpResponse<String> created = api.post("/api/clients", "{\"kind\":\"PERSON\",\"name\":\"" + name + "\"}");
            assertEquals(created.body(), 201, created.statusCode());
        }
        List<String> expected = List.of("Quill Adams", "Quíll Bennett", "Zed Quill", "Quillon Quilla", "Quillby Carter",
                "Amy Quillen", "Quillon Brown");
        assertEquals(expected, names(api.get(query("quill"))));
        for (int size = 1; size <= 3; size++) {
            List<String> paged = new ArrayList<>();
            String next = null;
            int pages = 0;
            do {
                HttpResponse<String> page = api.get(query("quill") + "&limit=" + size
                        + (next == null ? "" : "&after=" + next));
                assertEquals(page.body(), 200, page.statusCode());
                paged.addAll(names(page));
                JsonNode cursor = Api.json(page).get("next");
                next = cursor == null || cursor.isNull() ? null : cursor.asText();
                assertTrue("pages end", ++pages <= expected.size() + 1);
            } while (next != null);
            assertEquals("pages of " + size, expected, paged);
        }
        assertEquals(List.of("Zed Quill"), names(api.get(query("quill zed"))));
        assertEquals(List.of("Zed Quill"), names(api.get(query("Zed QUILL"))));
        assertEquals(List.of("Quillon Brown", "Quillon Quilla"), names(api.get(query("quillon"))));
        HttpResponse<String> listCursor = api.get("/api/clients?limit=1");
        String foreign = Api.json(listCursor).get("next").asText();
        HttpResponse<String> refused = api.get(query("quill") + "&after=" + foreign);
        assertEquals(refused.body(), 422, refused.statusCode());
        assertEquals(List.of("after"), fields(refused));
    }

    /** Every page of a search by cursor, {@code size} clients a page. */
    private static List<String> paged(String text, int size) throws Exception {
        List<String> paged = new ArrayList<>();
        String next = null;
        int pages = 0;
        do {
            HttpResponse<String> page = api.get(query(text) + "&limit=" + size + (next == null ? "" : "&after=" + next));
            assertEquals(page.body(), 200, page.statusCode());
            paged.addAll(names(page));
            JsonNode cursor = Api.json(page).get("next");
            next = cursor == null || cursor.isNull() ? null : cursor.asText();
            assertTrue("pages end", ++pages <= 50);
        } while (next != null);
        return paged;
    }

    /**
     * Two words matching more clients than a search in another order takes as candidates: that
     * order's index is walked and each client's pair keys checked, the prefix check included.
     */
    @Test
    public void twoBroadWordsInAnotherOrderCheckEachClientsPairs() throws Exception {
        for (int batch = 0; batch < 2; batch++) {
            StringBuilder clients = new StringBuilder("[");
            for (int i = 0; i < 300; i++) {
                clients.append(i == 0 ? "" : ",").append("{\"kind\":\"PERSON\",\"name\":\"Wyvern Quarto ")
                        .append(batch * 300 + i).append("\"}");
            }
            HttpResponse<String> created = api.post("/api/clients/batch", clients.append("]").toString());
            assertEquals(created.body(), 201, created.statusCode());
        }
        for (String typed : List.of("wyv qua", "quarto wyvern")) {
            List<String> page = names(api.get(query(typed) + "&sort=-created&limit=20"));
            assertEquals(typed, 20, page.size());
            assertTrue(typed + ": " + page, page.stream().allMatch(name -> name.startsWith("Wyvern Quarto ")));
        }
        assertEquals(List.of("Wyvern Quarto 59", "Wyvern Quarto 590", "Wyvern Quarto 591"),
                names(api.get(query("wyvern 59") + "&sort=name&limit=3")));
        assertEquals(List.of(), names(api.get(query("wyv zzz") + "&sort=-created")));
    }

    /** A create that is not held for the duplicate check: these names are alike on purpose. */
    private static final String NEW_CLIENT = "/api/clients?confirmedNew=true";

    /**
     * Two words are two words of one name, the client's or one contact's, in either order: first
     * the names where the first typed word is whole, then those where the second is, then those
     * where both are only the start of a word; pages by cursor neither repeat nor skip a client. A
     * word of the client's name and a word of a contact's name are not one name.
     */
    @Test
    public void twoWordsFindOneNameThatHoldsBothInEitherOrder() throws Exception {
        for (String name : List.of("Tovan Brisk", "Brisk Tovanova", "Tovanov Briskin", "Tovan Other")) {
            HttpResponse<String> created = api.post(NEW_CLIENT, "{\"kind\":\"PERSON\",\"name\":\"" + name + "\"}");
            assertEquals(created.body(), 201, created.statusCode());
        }
        String withContact = "{\"kind\":\"ORGANIZATION\",\"name\":\"%s\",\"contacts\":[{\"name\":\"%s\"}]}";
        HttpResponse<String> kestrel = api.post(NEW_CLIENT, withContact.formatted("Kestrel Works Ltd", "Tovan Briskley"));
        assertEquals(kestrel.body(), 201, kestrel.statusCode());
        HttpResponse<String> split = api.post(NEW_CLIENT, withContact.formatted("Tovan Holdings", "Brisk Mayer"));
        assertEquals(split.body(), 201, split.statusCode());

        List<String> tovanBrisk = List.of("Tovan Brisk", "Kestrel Works Ltd", "Brisk Tovanova", "Tovanov Briskin");
        assertEquals(tovanBrisk, names(api.get(query("Tovan BRISK"))));
        assertEquals(List.of("Tovan Brisk", "Brisk Tovanova", "Kestrel Works Ltd", "Tovanov Briskin"),
                names(api.get(query("brisk tovan"))));
        assertEquals("both words only the start of words", List.of("Tovan Brisk", "Kestrel Works Ltd", "Tovanov Briskin", "Brisk Tovanova"),
                names(api.get(query("tov bri"))));
        assertEquals(List.of("Tovanov Briskin"), names(api.get(query("briskin tova"))));
        List<String> tovBri = names(api.get(query("tov bri")));
        for (int size = 1; size <= 3; size++) {
            assertEquals("pages of " + size, tovanBrisk, paged("tovan brisk", size));
            assertEquals("pages of " + size + " within the last range", tovBri, paged("tov bri", size));
        }
        assertEquals("another order finds the same clients", Set.copyOf(tovanBrisk),
                Set.copyOf(names(api.get(query("tovan brisk") + "&sort=-created"))));

        JsonNode company = Api.json(kestrel);
        HttpResponse<String> renamed = api.put("/api/clients/" + company.get("id").asText(), "\"1\"",
                withContact.formatted("Kestrel Works Ltd", "Mira Lund"));
        assertEquals(renamed.body(), 200, renamed.statusCode());
        assertEquals("a contact's new name replaces its pairs", List.of("Kestrel Works Ltd"), names(api.get(query("lund mira"))));
        assertEquals(List.of("Tovan Brisk", "Brisk Tovanova", "Tovanov Briskin"), names(api.get(query("tovan brisk"))));
    }

    private static String savedFilter(String name, boolean shared, String filter) {
        return "{\"name\":\"" + name + "\",\"shared\":" + shared + ",\"text\":\"kestrel\",\"sort\":\"-created\","
                + "\"filter\":" + filter + "}";
    }

    private static List<String> savedNames(Api caller) throws Exception {
        List<String> names = new ArrayList<>();
        Api.json(caller.get("/api/saved-filters")).forEach(saved -> names.add(saved.get("name").asText()));
        return names;
    }

    @Test
    public void savedFiltersAreEachUsersOwnAndOnlyTheOwnerChangesOneItShares() throws Exception {
        HttpResponse<String> user = api.post("/api/users", "{\"username\":\"saskia\",\"displayName\":\"Saskia Filters\","
                + "\"email\":\"saskia@example.com\",\"locale\":\"en\",\"team\":\"north\","
                + "\"password\":\"a long passphrase for tests\",\"roles\":[\"sales\"]}");
        assertEquals(user.body(), 201, user.statusCode());
        Api saskia = api.signIn("saskia", "a long passphrase for tests");

        HttpResponse<String> created = api.post("/api/saved-filters",
                savedFilter("Hot leads", false, "{\"status\":\"LEAD\",\"tag\":\" vip \"}"));
        assertEquals(created.body(), 201, created.statusCode());
        assertEquals("\"1\"", created.headers().firstValue("ETag").orElseThrow());
        JsonNode saved = Api.json(created);
        String id = saved.get("id").asText();
        assertTrue(created.headers().firstValue("Location").orElseThrow().endsWith("/api/saved-filters/" + id));
        assertTrue(saved.get("mine").asBoolean());
        assertEquals("vip", saved.get("filter").get("tag").asText());
        assertEquals("LEAD", saved.get("filter").get("status").asText());
        assertEquals("-created", saved.get("sort").asText());
        assertEquals("kestrel", saved.get("text").asText());

        Api.assertInvalid(api.post("/api/saved-filters", "{\"name\":\"Odd\",\"sort\":\"sideways\","
                + "\"filter\":{\"status\":\"SLEEPING\",\"purchasePotential\":\"HUGE\"}}"),
                "filter.status", "filter.purchasePotential", "sort");
        Api.assertInvalid(api.post("/api/saved-filters", "{\"name\":\" \",\"filter\":{\"tag\":\"" + "t".repeat(61) + "\"}}"),
                "name", "filter.tag");
        Api.assertInvalid(api.post("/api/saved-filters", savedFilter("Hot leads", false, "{}")), "name");
        Api.assertInvalid(api.post("/api/saved-filters", savedFilter("Odd field", false,
                "{\"customFields\":{\"nosuchfield\":\"x\"}}")), "filter.customFields.nosuchfield");

        // not shared: another user does not see it at all
        assertFalse(savedNames(saskia).contains("Hot leads"));
        assertEquals(404, saskia.get("/api/saved-filters/" + id).statusCode());
        assertEquals(404, saskia.put("/api/saved-filters/" + id, "*", savedFilter("Mine now", true, "{}")).statusCode());
        assertEquals(404, saskia.delete("/api/saved-filters/" + id, "*").statusCode());

        HttpResponse<String> sharing = api.put("/api/saved-filters/" + id, "\"1\"", savedFilter("Hot leads", true,
                "{\"status\":\"LEAD\",\"tag\":\"vip\"}"));
        assertEquals(sharing.body(), 200, sharing.statusCode());
        assertEquals("\"2\"", sharing.headers().firstValue("ETag").orElseThrow());
        assertEquals(409, api.put("/api/saved-filters/" + id, "\"1\"", savedFilter("Stale", true, "{}")).statusCode());

        // shared: everyone uses it, only its owner changes or deletes it
        JsonNode seen = Api.json(saskia.get("/api/saved-filters/" + id));
        assertFalse(seen.get("mine").asBoolean());
        assertTrue(savedNames(saskia).contains("Hot leads"));
        HttpResponse<String> refused = saskia.put("/api/saved-filters/" + id, "*", savedFilter("Mine now", true, "{}"));
        assertEquals(refused.body(), 403, refused.statusCode());
        assertTrue(refused.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        assertEquals(403, saskia.delete("/api/saved-filters/" + id, "*").statusCode());
        assertEquals("Hot leads", Api.json(api.get("/api/saved-filters/" + id)).get("name").asText());

        // names are each owner's own
        assertEquals(201, saskia.post("/api/saved-filters", savedFilter("Hot leads", false, "{}")).statusCode());
        assertEquals(List.of("Hot leads", "Hot leads"), savedNames(saskia));

        assertEquals(204, api.delete("/api/saved-filters/" + id, "\"2\"").statusCode());
        assertEquals(404, api.get("/api/saved-filters/" + id).statusCode());
        assertEquals(List.of("Hot leads"), savedNames(saskia));
    }
}
