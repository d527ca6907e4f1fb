package org.atriumcrm.distribution;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.BeforeClass;
import org.junit.Test;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The daily work of a manager over real HTTP: opportunities through a pipeline, tasks and the
 * overdue control, activities with attached files, and the client's timeline that merges them.
 */
public class CrmModelIT {

    private static RunningAtrium atrium;
    private static Api api;

    @BeforeClass
    public static void useTheSharedAtrium() throws Exception {
        atrium = RunningAtrium.shared();
        api = atrium.api();
    }

    private static String newClient(String name) throws Exception {
        HttpResponse<String> created = api.post("/api/clients", "{\"kind\":\"ORGANIZATION\",\"name\":\"" + name + "\"}");
        assertEquals(created.body(), 201, created.statusCode());
        return Api.json(created).get("id").asText();
    }

    private static List<String> stageIds() throws Exception {
        JsonNode pipelines = Api.json(api.get("/api/pipelines"));
        List<String> ids = new ArrayList<>();
        pipelines.get(0).get("stages").forEach(stage -> ids.add(stage.get("id").asText()));
        return ids;
    }

    @Test
    public void anOpportunityMovesThroughThreeStagesWithItsHistoryInOrder() throws Exception {
        String client = newClient("Omega Retail");
        List<String> stages = stageIds();
        JsonNode opportunity = Api.created(api.post("/api/opportunities", "{\"clientId\":\"" + client
                + "\",\"title\":\"Omega: 200 licences\",\"amount\":\"15000.50\",\"currency\":\"eur\"}"));
        assertEquals("15000.50", opportunity.get("amount").asText());
        assertEquals("EUR", opportunity.get("currency").asText());
        assertEquals(stages.get(0), opportunity.get("stageId").asText());
        String path = "/api/opportunities/" + opportunity.get("id").asText();

        for (int stage = 1; stage <= 3; stage++) {
            HttpResponse<String> moved = api.post(path + "/stage", "{\"stageId\":\"" + stages.get(stage) + "\"}");
            assertEquals(moved.body(), 200, moved.statusCode());
        }
        HttpResponse<String> lostWithoutReason = api.post(path + "/stage", "{\"stageId\":\"" + stages.get(5) + "\"}");
        assertEquals(422, lostWithoutReason.statusCode());
        assertEquals("lostReason", Api.json(lostWithoutReason).get("errors").get(0).get("field").asText());

        JsonNode history = Api.json(api.get(path + "/history"));
        List<String> reached = new ArrayList<>();
        history.forEach(step -> reached.add(step.get("toStageId").asText()));
        assertEquals(stages.subList(0, 4), reached);
        assertEquals("Negotiation", history.get(3).get("toStageName").asText());
        assertEquals(stages.get(2), history.get(3).get("fromStageId").asText());
        assertEquals(75, Api.json(api.get(path)).get("probability").asInt());

        HttpResponse<String> won = api.post(path + "/stage", "{\"stageId\":\"" + stages.get(4) + "\"}");
        assertEquals("WON", Api.json(won).get("outcome").asText());
        assertTrue(Api.json(won).hasNonNull("closedAt"));
    }

    @Test
    public void anOverdueTaskAppearsInItsAssigneesOverdueListAndDay() throws Exception {
        String client = newClient("Kappa Foods");
        Instant yesterday = Instant.now().minus(1, ChronoUnit.DAYS);
        Instant nextWeek = Instant.now().plus(7, ChronoUnit.DAYS);
        String late = Api.created(api.post("/api/tasks", "{\"title\":\"Call back Kappa\",\"clientId\":\"" + client
                + "\",\"assigneeId\":\"maria\",\"dueAt\":\"" + yesterday + "\",\"priority\":\"HIGH\"}")).get("id").asText();
        String later = Api.created(api.post("/api/tasks", "{\"title\":\"Send the contract\",\"clientId\":\"" + client
                + "\",\"assigneeId\":\"maria\",\"dueAt\":\"" + nextWeek + "\"}")).get("id").asText();
        Api.created(api.post("/api/tasks", "{\"title\":\"Someone else's\",\"assigneeId\":\"pedro\",\"dueAt\":\"" + yesterday + "\"}"));

        assertEquals(List.of(late), ids(api.get("/api/tasks/overdue?assigneeId=maria")));
        assertEquals(List.of(late), ids(api.get("/api/tasks/my-day?assigneeId=maria&zone=Europe/Madrid")));
        assertEquals(List.of(late, later), itemIds(api.get("/api/tasks?assigneeId=maria&open=true")));

        JsonNode task = Api.json(api.get("/api/tasks/" + late));
        HttpResponse<String> done = api.put("/api/tasks/" + late, "\"" + task.get("version").asText() + "\"",
                "{\"title\":\"Call back Kappa\",\"clientId\":\"" + client + "\",\"assigneeId\":\"maria\",\"dueAt\":\""
                        + yesterday + "\",\"status\":\"DONE\"}");
        assertEquals(done.body(), 200, done.statusCode());
        assertTrue(Api.json(done).hasNonNull("completedAt"));
        assertEquals(List.of(), ids(api.get("/api/tasks/overdue?assigneeId=maria")));

        HttpResponse<String> noDue = api.post("/api/tasks", "{\"title\":\"Whenever\"}");
        assertEquals(422, noDue.statusCode());
        assertEquals("dueAt", Api.json(noDue).get("errors").get(0).get("field").asText());
    }

    @Test
    public void anAttachmentComesBackByteForByteAndATooLargeOneIsRefused() throws Exception {
        String client = newClient("Lambda Audio");
        String activity = Api.created(api.post("/api/activities", "{\"clientId\":\"" + client
                + "\",\"type\":\"call\",\"direction\":\"INBOUND\",\"subject\":\"Complaint about delivery\",\"durationSeconds\":340}"))
                .get("id").asText();
        byte[] recording = new byte[300_000];
        new Random(42).nextBytes(recording);

        HttpResponse<String> uploaded = api.postBytes("/api/activities/" + activity + "/attachments?name=call%20recording.mp3",
                "audio/mpeg", recording);
        JsonNode attachment = Api.created(uploaded);
        assertEquals(recording.length, attachment.get("size").asLong());
        HttpResponse<byte[]> downloaded = api.getBytes(java.net.URI.create(uploaded.headers().firstValue("Location").orElseThrow()).getPath());
        assertEquals(200, downloaded.statusCode());
        assertEquals("audio/mpeg", downloaded.headers().firstValue("Content-Type").orElseThrow());
        assertArrayEquals(recording, downloaded.body());
        assertEquals(1, Api.json(api.get("/api/activities/" + activity)).get("attachments").size());

        HttpResponse<String> tooLarge = api.postBytes("/api/activities/" + activity + "/attachments?name=big.wav",
                "audio/wav", new byte[(int) AtriumOptions.ATTACHMENT_LIMIT + 1]);
        assertEquals(413, tooLarge.statusCode());
        assertEquals("application/problem+json", tooLarge.headers().firstValue("Content-Type").orElseThrow());
        HttpResponse<String> fakePdf = api.postBytes("/api/activities/" + activity + "/attachments?name=scan.pdf",
                "application/pdf", "MZ this is not a pdf".getBytes());
        assertEquals(422, fakePdf.statusCode());
        HttpResponse<String> program = api.postBytes("/api/activities/" + activity + "/attachments?name=run.exe",
                "application/x-msdownload", new byte[] {'M', 'Z'});
        assertEquals(422, program.statusCode());
        assertEquals("only the accepted file is kept", 1,
                Api.json(api.get("/api/activities/" + activity)).get("attachments").size());
    }

    @Test
    public void theTimelineMixesActivitiesTasksAndStageChangesNewestFirst() throws Exception {
        String client = newClient("Sigma Events");
        List<String> stages = stageIds();
        Instant now = Instant.now();
        Api.created(api.post("/api/activities", "{\"clientId\":\"" + client + "\",\"type\":\"meeting\",\"subject\":\"First meeting\","
                + "\"occurredAt\":\"" + now.minus(3, ChronoUnit.DAYS) + "\"}"));
        Api.created(api.post("/api/activities", "{\"clientId\":\"" + client + "\",\"type\":\"note\",\"subject\":\"Budget approved\","
                + "\"occurredAt\":\"" + now.minus(1, ChronoUnit.DAYS) + "\"}"));
        String opportunity = Api.created(api.post("/api/opportunities", "{\"clientId\":\"" + client
                + "\",\"title\":\"Sigma gala\"}")).get("id").asText();
        Thread.sleep(20);
        Api.created(api.post("/api/tasks", "{\"title\":\"Prepare the offer\",\"clientId\":\"" + client
                + "\",\"dueAt\":\"" + now.plus(2, ChronoUnit.DAYS) + "\"}"));
        Thread.sleep(20);
        api.post("/api/opportunities/" + opportunity + "/stage", "{\"stageId\":\"" + stages.get(2) + "\"}");

        List<String> kinds = new ArrayList<>();
        List<Instant> times = new ArrayList<>();
        String next = null;
        do {
            JsonNode page = Api.json(api.get("/api/clients/" + client + "/timeline?limit=2"
                    + (next == null ? "" : "&after=" + next)));
            page.get("items").forEach(entry -> {
                kinds.add(entry.get("kind").asText());
                times.add(Instant.parse(entry.get("at").asText()));
            });
            next = page.get("next").isNull() ? null : page.get("next").asText();
        } while (next != null);

        assertEquals(List.of("stage-change", "task", "stage-change", "status-change", "activity", "activity"), kinds);
        for (int i = 1; i < times.size(); i++) {
            assertTrue("newest first: " + times, !times.get(i).isAfter(times.get(i - 1)));
        }
        assertEquals(404, api.get("/api/clients/00000000-0000-0000-0000-000000000000/timeline").statusCode());
    }

    @Test
    public void aCustomPicklistFieldIsEnforcedKeptAndFilterable() throws Exception {
        Api.created(api.post("/api/custom-fields", "{\"recordKind\":\"CLIENT\",\"key\":\"segment\",\"label\":\"Segment\","
                + "\"type\":\"PICKLIST\",\"options\":[\"Retail\",\"Wholesale\",\"Horeca\"]}"));
        Api.created(api.post("/api/custom-fields", "{\"recordKind\":\"CLIENT\",\"key\":\"creditLimit\",\"label\":\"Credit limit\","
                + "\"type\":\"DECIMAL\",\"defaultValue\":\"5000\"}"));

        HttpResponse<String> refused = api.post("/api/clients",
                "{\"kind\":\"ORGANIZATION\",\"name\":\"Tau Bistro\",\"customFields\":{\"segment\":\"Government\"}}");
        assertEquals(422, refused.statusCode());
        JsonNode error = Api.json(refused).get("errors").get(0);
        assertEquals("customFields.segment", error.get("field").asText());
        assertTrue(error.get("message").asText(), error.get("message").asText().contains("Horeca"));

        JsonNode client = Api.created(api.post("/api/clients",
                "{\"kind\":\"ORGANIZATION\",\"name\":\"Tau Bistro\",\"customFields\":{\"segment\":\"Horeca\"}}"));
        assertEquals("Horeca", client.get("customFields").get("segment").asText());
        assertEquals("the default applies", "5000", client.get("customFields").get("creditLimit").asText());
        List<String> horeca = new ArrayList<>();
        Api.json(api.get("/api/clients?cf.segment=Horeca")).get("items").forEach(c -> horeca.add(c.get("name").asText()));
        assertEquals(List.of("Tau Bistro"), horeca);
        assertEquals(422, api.get("/api/clients?cf.nonsense=1").statusCode());
        assertEquals("a default is a value to filter on", List.of("Tau Bistro"),
                names(api.get("/api/clients?cf.creditLimit=5000&q=tau")));
        HttpResponse<String> moved = api.put("/api/clients/" + client.get("id").asText(), "\"1\"",
                "{\"kind\":\"ORGANIZATION\",\"name\":\"Tau Bistro\",\"customFields\":{\"segment\":\"Retail\"}}");
        assertEquals(moved.body(), 200, moved.statusCode());
        assertEquals(List.of(), names(api.get("/api/clients?cf.segment=Horeca")));
        assertEquals(List.of("Tau Bistro"), names(api.get("/api/clients?cf.segment=Retail&q=bistro")));

        Api.created(api.post("/api/custom-fields", "{\"recordKind\":\"TASK\",\"key\":\"channel\",\"label\":\"Channel\","
                + "\"type\":\"MULTI_PICKLIST\",\"options\":[\"phone\",\"e-mail\",\"visit\"]}"));
        String due = Instant.now().plus(1, ChronoUnit.DAYS).toString();
        HttpResponse<String> badTask = api.post("/api/tasks", "{\"title\":\"Follow up\",\"dueAt\":\"" + due
                + "\",\"customFields\":{\"channel\":[\"fax\"]}}");
        assertEquals(422, badTask.statusCode());
        assertEquals("customFields.channel", Api.json(badTask).get("errors").get(0).get("field").asText());
        JsonNode task = Api.created(api.post("/api/tasks", "{\"title\":\"Follow up\",\"dueAt\":\"" + due
                + "\",\"customFields\":{\"channel\":[\"visit\",\"phone\"]}}"));
        assertEquals("[\"visit\",\"phone\"]", task.get("customFields").get("channel").toString());
    }

    /** Definitions are cached for reads: each change of one must count for the very next request. */
    @Test
    public void aDefinedChangedOrRemovedCustomFieldCountsForTheNextRequest() throws Exception {
        String id = newClient("Upsilon Foods");
        String path = "/api/clients/" + id;
        HttpResponse<String> read = api.get(path);
        assertEquals(read.body(), 200, read.statusCode());
        assertTrue(read.body(), Api.json(read).get("customFields").path("loyaltyTier").isMissingNode());
        String draft = "{\"kind\":\"ORGANIZATION\",\"name\":\"Upsilon Foods\",\"customFields\":{\"loyaltyTier\":\"%s\"}}";
        Api.assertInvalid(api.put(path, read.headers().firstValue("ETag").orElseThrow(), String.format(draft, "gold")),
                "customFields.loyaltyTier");

        JsonNode field = Api.created(api.post("/api/custom-fields", "{\"recordKind\":\"CLIENT\",\"key\":\"loyaltyTier\","
                + "\"label\":\"Loyalty tier\",\"type\":\"PICKLIST\",\"options\":[\"gold\",\"silver\"]}"));
        HttpResponse<String> gold = api.put(path, api.get(path).headers().firstValue("ETag").orElseThrow(),
                String.format(draft, "gold"));
        assertEquals(gold.body(), 200, gold.statusCode());
        assertEquals("gold", Api.json(api.get(path)).get("customFields").get("loyaltyTier").asText());

        String fieldPath = "/api/custom-fields/" + field.get("id").asText();
        HttpResponse<String> changed = api.put(fieldPath, api.get(fieldPath).headers().firstValue("ETag").orElseThrow(),
                "{\"recordKind\":\"CLIENT\",\"key\":\"loyaltyTier\",\"label\":\"Loyalty tier\",\"type\":\"PICKLIST\","
                        + "\"options\":[\"gold\",\"silver\",\"platinum\"]}");
        assertEquals(changed.body(), 200, changed.statusCode());
        HttpResponse<String> platinum = api.put(path, api.get(path).headers().firstValue("ETag").orElseThrow(),
                String.format(draft, "platinum"));
        assertEquals("a new option counts at once: " + platinum.body(), 200, platinum.statusCode());

        HttpResponse<String> removed = api.delete(fieldPath);
        assertEquals(removed.body(), 204, removed.statusCode());
        assertTrue("a removed field is gone from the next read",
                Api.json(api.get(path)).get("customFields").path("loyaltyTier").isMissingNode());
        Api.assertInvalid(api.put(path, api.get(path).headers().firstValue("ETag").orElseThrow(),
                String.format(draft, "gold")), "customFields.loyaltyTier");
    }

    @Test
    public void aPicklistsOptionsAndAUsersRolesReorderedOrReplacedAreStoredAsSent() throws Exception {
        String field = "{\"recordKind\":\"TASK\",\"key\":\"orderedChannel\",\"label\":\"Channel\","
                + "\"type\":\"PICKLIST\",\"options\":%s}";
        String fieldPath = "/api/custom-fields/" + Api.created(api.post("/api/custom-fields",
                String.format(field, "[\"North\",\"South\"]"))).get("id").asText();
        long version = 1;
        for (String options : List.of("[\"South\",\"North\"]", "[\"East\",\"North\"]", "[\"North\",\"East\",\"West\"]",
                "[\"West\"]", "[\"A\",\"B\",\"West\",\"C\"]", "[\"C\",\"A\",\"B\"]")) {
            HttpResponse<String> changed = api.put(fieldPath, "\"" + version + "\"", String.format(field, options));
            assertEquals(changed.body(), 200, changed.statusCode());
            assertEquals(++version, Api.json(changed).get("version").asLong());
            assertEquals(options, Api.json(api.get(fieldPath)).get("options").toString());
            JsonNode listed = Api.json(api.get("/api/custom-fields?recordKind=TASK"));
            listed.forEach(each -> {
                if (each.get("key").asText().equals("orderedChannel")) {
                    assertEquals("the list reads the options as stored", options, each.get("options").toString());
                }
            });
        }

        String user = "{\"username\":\"rolf\",\"displayName\":\"Rolf Roles\",\"email\":\"rolf@example.com\","
                + "\"locale\":\"en\",\"team\":\"north\",\"active\":true,\"roles\":%s%s}";
        String userPath = "/api/users/" + Api.created(api.post("/api/users",
                String.format(user, "[\"sales\",\"marketing\"]", ",\"password\":\"a long passphrase for tests\""))).get("id").asText();
        version = 1;
        for (String roles : List.of("[\"marketing\",\"sales\"]", "[\"marketing\"]", "[\"service\",\"marketing\"]",
                "[\"sales\",\"service\",\"marketing\"]", "[\"marketing\",\"sales\"]")) {
            HttpResponse<String> changed = api.put(userPath, "\"" + version + "\"", String.format(user, roles, ""));
            assertEquals(changed.body(), 200, changed.statusCode());
            assertEquals(++version, Api.json(changed).get("version").asLong());
            assertEquals(roles, Api.json(api.get(userPath)).get("roles").toString());
        }
    }

    @Test
    public void activitiesNeedAKnownTypeAndAClient() throws Exception {
        HttpResponse<String> unknown = api.post("/api/activities", "{\"clientId\":\"nobody\",\"type\":\"telepathy\"}");
        assertEquals(422, unknown.statusCode());
        assertEquals("type", Api.json(unknown).get("errors").get(0).get("field").asText());
        HttpResponse<String> noClient = api.post("/api/activities", "{\"clientId\":\"nobody\",\"type\":\"call\"}");
        assertEquals(422, noClient.statusCode());
        assertEquals("clientId", Api.json(noClient).get("errors").get(0).get("field").asText());
        List<String> types = new ArrayList<>();
        Api.json(api.get("/api/activities/types")).forEach(type -> types.add(type.get("id").asText()));
        assertTrue(types.toString(), types.containsAll(List.of("call", "email", "meeting", "visit", "sms", "chat", "note", "complaint")));
    }

    private static List<String> ids(HttpResponse<String> list) throws Exception {
        assertEquals(list.body(), 200, list.statusCode());
        List<String> ids = new ArrayList<>();
        Api.json(list).forEach(item -> ids.add(item.get("id").asText()));
        return ids;
    }

    private static List<String> itemIds(HttpResponse<String> page) throws Exception {
        assertEquals(page.body(), 200, page.statusCode());
        List<String> ids = new ArrayList<>();
        Api.json(page).get("items").forEach(item -> ids.add(item.get("id").asText()));
        return ids;
    }

    private static List<String> names(HttpResponse<String> page) throws Exception {
        assertEquals(page.body(), 200, page.statusCode());
        List<String> names = new ArrayList<>();
        Api.json(page).get("items").forEach(item -> names.add(item.get("name").asText()));
        return names;
    }
}
