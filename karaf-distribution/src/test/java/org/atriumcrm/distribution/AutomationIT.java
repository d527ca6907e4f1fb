package org.atriumcrm.distribution;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;

import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Workflow rules over real HTTP: a rule defined through the API acts, once, on the record that
 * fires it, after the save, and logs its run; a disabled rule does nothing; a bad definition is
 * refused naming the field. The run log pages by cursor and filters by status; a deleted rule fires no
 * more while its runs and versions stay.
 */
public class AutomationIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String PASSWORD = "a long passphrase for tests";

    private static final KarafConsole CONSOLE = new KarafConsole();
    private static final String NEXT_CURSOR = "X-Next-Cursor";
    private static final String BUILT_IN_RULE = "00000000-0000-4000-8000-00000000a001";

    private static RunningAtrium atrium;
    private static Api api;
    private static String maria;

    @BeforeClass
    public static void startAtrium() throws Exception {
        atrium = RunningAtrium.start("automation", CONSOLE.option());
        api = atrium.api();
        String user = JSON.createObjectNode().put("username", "maria").put("displayName", "Maria Test")
                .put("email", "maria@example.com").put("locale", "en").put("team", "north").put("password", PASSWORD)
                .set("roles", JSON.createArrayNode().add("sales")).toString();
        HttpResponse<String> created = api.post("/api/users", user);
        assertEquals(created.body(), 201, created.statusCode());
        maria = Api.json(created).get("id").asText();
    }

    @AfterClass
    public static void stopAtrium() {
        if (atrium != null) {
            atrium.stop();
        }
    }

    private static String rule(String name, boolean enabled, String status, String taskTitle) {
        return "{\"name\":\"" + name + "\",\"enabled\":" + enabled + ",\"trigger\":{\"type\":\"client.created\"},"
                + "\"conditions\":{\"all\":[{\"field\":\"status\",\"op\":\"eq\",\"value\":\"" + status + "\"},"
                + "{\"field\":\"name\",\"op\":\"contains\",\"value\":\"" + name + "\"}]},"
                + "\"actions\":[{\"type\":\"core.create-task\",\"arguments\":{\"title\":\"" + taskTitle
                + "\",\"assignee\":\"owner\",\"dueInDays\":\"1\"}}]}";
    }

    private static String newClient(String name, String status) throws Exception {
        return Api.created(api.post("/api/clients?confirmedNew=true", "{\"kind\":\"ORGANIZATION\",\"name\":\"" + name
                + "\",\"status\":\"" + status + "\",\"responsibleManagerId\":\"" + maria + "\"}")).get("id").asText();
    }

    private static List<JsonNode> tasksOf(String clientId) throws Exception {
        List<JsonNode> tasks = new ArrayList<>();
        Api.json(api.get("/api/tasks?clientId=" + clientId)).get("items").forEach(tasks::add);
        return tasks;
    }

    private static List<JsonNode> runsOf(String recordId) throws Exception {
        List<JsonNode> runs = new ArrayList<>();
        Api.json(api.get("/api/automation/runs?recordId=" + recordId)).forEach(runs::add);
        return runs;
    }

    /** Waits until the record's runs are over (or the time is up), then gives them. */
    private static List<JsonNode> finishedRunsOf(String recordId, int expected) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
        List<JsonNode> runs = runsOf(recordId);
        while (Instant.now().isBefore(deadline) && (runs.size() < expected
                || runs.stream().anyMatch(run -> !run.get("status").asText().matches("SUCCEEDED|FAILED")))) {
            Thread.sleep(200);
            runs = runsOf(recordId);
        }
        return runs;
    }

    @Test
    public void anEditOfARuleChangedMeanwhileIsRefusedNotLost() throws Exception {
        HttpResponse<String> created = api.post("/api/automation/rules", rule("Sigma", false, "LEAD", "First version"));
        String ruleId = Api.created(created).get("id").asText();
        assertEquals("\"1\"", created.headers().firstValue("ETag").orElse(null));
        HttpResponse<String> first = api.put("/api/automation/rules/" + ruleId, "\"1\"", rule("Sigma", false, "LEAD", "Second version"));
        assertEquals(first.body(), 200, first.statusCode());
        assertEquals("\"2\"", first.headers().firstValue("ETag").orElse(null));

        // an editor who read version 1 would overwrite version 2 with its own copy
        HttpResponse<String> stale = api.put("/api/automation/rules/" + ruleId, "\"1\"", rule("Sigma", false, "LEAD", "Stale edit"));
        assertEquals(stale.body(), 409, stale.statusCode());
        JsonNode kept = Api.json(api.get("/api/automation/rules/" + ruleId));
        assertEquals(2, kept.get("version").asInt());
        assertEquals("Second version", kept.get("actions").get(0).get("arguments").get("title").asText());

        HttpResponse<String> malformed = api.put("/api/automation/rules/" + ruleId, "version-two", rule("Sigma", false, "LEAD", "x"));
        assertEquals(malformed.body(), 422, malformed.statusCode());
        assertTrue(malformed.body(), malformed.body().contains("If-Match"));
    }

    @Test
    public void aLeadGetsOneCallTaskForItsOwnerAndTheRunIsLogged() throws Exception {
        JsonNode rule = Api.created(api.post("/api/automation/rules", rule("Omicron", true, "LEAD", "First version")));
        assertEquals(1, rule.get("version").asInt());
        assertTrue(rule.get("active").asBoolean());
        String ruleId = rule.get("id").asText();
        HttpResponse<String> changed = api.put("/api/automation/rules/" + ruleId, "*", rule("Omicron", true, "LEAD", "Call the new lead"));
        assertEquals(changed.body(), 200, changed.statusCode());
        assertEquals(2, Api.json(changed).get("version").asInt());

        String lead = newClient("Omicron Logistics", "LEAD");
        String customer = newClient("Omicron Retail", "ACTIVE");

        List<JsonNode> runs = finishedRunsOf(lead, 1);
        assertEquals(runs.toString(), 1, runs.size());
        JsonNode run = runs.get(0);
        assertEquals("SUCCEEDED", run.get("status").asText());
        assertEquals(ruleId, run.get("ruleId").asText());
        assertEquals(2, run.get("ruleVersion").asInt());
        assertEquals("client.created", run.get("trigger").asText());
        assertEquals("core.create-task", run.get("actions").get(0).get("action").asText());
        assertTrue(run.get("actions").get(0).get("ok").asBoolean());

        List<JsonNode> tasks = tasksOf(lead);
        assertEquals(tasks.toString(), 1, tasks.size());
        assertEquals("Call the new lead", tasks.get(0).get("title").asText());
        assertEquals(maria, tasks.get(0).get("assigneeId").asText());

        // the condition on the status keeps the customer out; nothing more comes later for the lead
        Thread.sleep(1_500);
        assertEquals(List.of(), tasksOf(customer));
        assertEquals(List.of(), runsOf(customer));
        assertEquals(1, tasksOf(lead).size());
        assertEquals(1, runsOf(lead).size());
    }

    private static String ruleWithActions(String name, String trigger, String actions) {
        return "{\"name\":\"" + name + "\",\"enabled\":true,\"trigger\":{\"type\":\"" + trigger + "\"},"
                + "\"conditions\":{\"field\":\"" + (trigger.startsWith("client") ? "name" : "title")
                + "\",\"op\":\"contains\",\"value\":\"" + name + "\"},\"actions\":" + actions + "}";
    }

    /** A client with something in every kind of field, so a rule that changes one can be seen to keep the others. */
    private static JsonNode fullClient(String name) throws Exception {
        return Api.created(api.post("/api/clients?confirmedNew=true", "{\"kind\":\"ORGANIZATION\",\"name\":\"" + name + "\","
                + "\"status\":\"LEAD\",\"source\":\"exhibition\",\"responsibleManagerId\":\"" + maria + "\","
                + "\"phones\":[\"+34 911 234 567\"],\"emails\":[\"info@" + name.toLowerCase().replace(' ', '-') + ".example.com\"],"
                + "\"addresses\":[{\"street\":\"Gran Via 1\",\"city\":\"Madrid\",\"postalCode\":\"28013\",\"country\":\"ES\"}],"
                + "\"sector\":\"logistics\",\"purchasePotential\":\"HIGH\",\"tags\":[\"existing\"],"
                + "\"contacts\":[{\"name\":\"Ana Lopez\",\"position\":\"buyer\",\"emails\":[\"ana@example.com\"]}]}"));
    }

    private static JsonNode client(String id) throws Exception {
        HttpResponse<String> read = api.get("/api/clients/" + id);
        assertEquals(read.body(), 200, read.statusCode());
        return Api.json(read);
    }

    private static void assertUnchangedBut(JsonNode before, JsonNode after, String... changed) {
        List<String> skipped = new ArrayList<>(List.of(changed));
        skipped.addAll(List.of("version", "updatedAt"));
        before.fieldNames().forEachRemaining(field -> {
            if (!skipped.contains(field)) {
                assertEquals(field, before.get(field), after.get(field));
            }
        });
    }

    private static JsonNode onlyRun(String recordId, String status) throws Exception {
        List<JsonNode> runs = finishedRunsOf(recordId, 1);
        assertEquals(runs.toString(), 1, runs.size());
        assertEquals(runs.toString(), status, runs.get(0).get("status").asText());
        return runs.get(0);
    }

    @Test
    public void aTagIsAddedToTheClientOnceAndItsOtherDataKept() throws Exception {
        Api.created(api.post("/api/automation/rules", ruleWithActions("Phitag", "client.created",
                "[{\"type\":\"core.add-tag\",\"arguments\":{\"tag\":\"hot\"}},"
                        + "{\"type\":\"core.add-tag\",\"arguments\":{\"tag\":\"hot\"}}]")));
        JsonNode before = fullClient("Phitag Cargo");
        String id = before.get("id").asText();

        JsonNode run = onlyRun(id, "SUCCEEDED");
        assertTrue(run.toString(), run.get("actions").get(1).get("message").asText().startsWith("tag already there"));
        JsonNode after = client(id);
        assertEquals(JSON.readTree("[\"existing\",\"hot\"]"), after.get("tags"));
        assertEquals(before.get("version").asLong() + 1, after.get("version").asLong());
        assertUnchangedBut(before, after, "tags");
    }

    @Test
    public void aFieldOfTheClientIsSetAndItsOtherDataKept() throws Exception {
        Api.created(api.post("/api/automation/rules", ruleWithActions("Psifield", "client.created",
                "[{\"type\":\"core.set-field\",\"arguments\":{\"field\":\"status\",\"value\":\"ACTIVE\"}},"
                        + "{\"type\":\"core.set-field\",\"arguments\":{\"field\":\"source\",\"value\":\"webinar\"}}]")));
        JsonNode before = fullClient("Psifield Trading");
        String id = before.get("id").asText();

        onlyRun(id, "SUCCEEDED");
        JsonNode after = client(id);
        assertEquals("ACTIVE", after.get("status").asText());
        assertEquals("webinar", after.get("source").asText());
        assertUnchangedBut(before, after, "status", "source");

        HttpResponse<String> unknownField = api.post("/api/automation/rules", ruleWithActions("Psifield two", "client.created",
                "[{\"type\":\"core.set-field\",\"arguments\":{\"field\":\"name\",\"value\":\"Renamed\"}}]"));
        Api.assertInvalid(unknownField, "actions[0].arguments.field");
        HttpResponse<String> badStatus = api.post("/api/automation/rules", ruleWithActions("Psifield two", "client.created",
                "[{\"type\":\"core.set-field\",\"arguments\":{\"field\":\"status\",\"value\":\"HAPPY\"}}]"));
        Api.assertInvalid(badStatus, "actions[0].arguments.value");
    }

    @Test
    public void aDealIsMovedToAStageOfItsPipelineAndAClientsRuleCannotMoveOne() throws Exception {
        JsonNode stages = Api.json(api.get("/api/pipelines")).get(0).get("stages");
        String second = stages.get(1).get("id").asText();
        Api.created(api.post("/api/automation/rules", ruleWithActions("Chimove", "opportunity.created",
                "[{\"type\":\"core.move-deal\",\"arguments\":{\"stageId\":\"" + second + "\"}}]")));
        String clientId = newClient("Kappa Chimove Owner", "ACTIVE");
        JsonNode deal = Api.created(api.post("/api/opportunities", "{\"clientId\":\"" + clientId
                + "\",\"title\":\"Chimove ovens\",\"amount\":1200,\"currency\":\"EUR\"}"));
        assertEquals(stages.get(0).get("id").asText(), deal.get("stageId").asText());

        onlyRun(deal.get("id").asText(), "SUCCEEDED");
        JsonNode moved = Api.json(api.get("/api/opportunities/" + deal.get("id").asText()));
        assertEquals(second, moved.get("stageId").asText());
        assertEquals("Chimove ovens", moved.get("title").asText());
        assertEquals(0, deal.get("amount").decimalValue().compareTo(moved.get("amount").decimalValue()));

        Api.created(api.post("/api/automation/rules", ruleWithActions("Chiclient", "client.created",
                "[{\"type\":\"core.move-deal\",\"arguments\":{\"stageId\":\"" + second + "\"}}]")));
        String client = newClient("Chiclient Foods", "LEAD");
        JsonNode failed = onlyRun(client, "FAILED");
        assertTrue(failed.toString(), failed.get("actions").get(0).get("message").asText().contains("has none to move"));

        HttpResponse<String> unknownStage = api.post("/api/automation/rules", ruleWithActions("Chimove two", "opportunity.created",
                "[{\"type\":\"core.move-deal\",\"arguments\":{\"stageId\":\"no-such-stage\"}}]"));
        Api.assertInvalid(unknownStage, "actions[0].arguments.stageId");
    }

    private static final String FIRST_ATTEMPTS = "org.atriumcrm.core.automation.internal.engine.FirstAttempts";
    private static final String RECOVERY = "org.atriumcrm.core.automation.internal.engine.RunRecovery";

    /**
     * A run opened while no node makes first attempts at once (as when its node dies before it) stays
     * queued, and is performed, once, when a node's recovery looks for runs left so.
     */
    @Test
    public void aRunLeftQueuedIsTakenAndPerformedOnceByRecovery() throws Exception {
        Api.created(api.post("/api/automation/rules", ruleWithActions("Etaleft", "client.created",
                "[{\"type\":\"core.add-tag\",\"arguments\":{\"tag\":\"recovered\"}}]")));
        CONSOLE.run("scr:disable " + RECOVERY);
        CONSOLE.run("scr:disable " + FIRST_ATTEMPTS);
        String left;
        try {
            left = newClient("Etaleft Mills", "LEAD");
            Thread.sleep(2_000);
            List<JsonNode> queued = runsOf(left);
            assertEquals(queued.toString(), 1, queued.size());
            assertEquals(queued.toString(), "QUEUED", queued.get(0).get("status").asText());
            assertEquals(JSON.readTree("[]"), client(left).get("tags"));
            CONSOLE.run("scr:enable " + RECOVERY);
            JsonNode run = onlyRun(left, "SUCCEEDED");
            assertEquals(1, run.get("attempts").asInt());
        } finally {
            CONSOLE.run("scr:enable " + RECOVERY);
            CONSOLE.run("scr:enable " + FIRST_ATTEMPTS);
        }
        assertEquals(JSON.readTree("[\"recovered\"]"), client(left).get("tags"));
        // with first attempts back, a new client's run is made at once again
        String next = newClient("Etaleft Foods", "LEAD");
        onlyRun(next, "SUCCEEDED");
        assertEquals(1, runsOf(left).size());
    }

    @Test
    public void aDisabledRuleDoesNothing() throws Exception {
        JsonNode rule = Api.created(api.post("/api/automation/rules", rule("Sigma", false, "LEAD", "Should not exist")));
        assertEquals(false, rule.get("enabled").asBoolean());
        String lead = newClient("Sigma Foods", "LEAD");
        Thread.sleep(2_000);
        assertEquals(List.of(), tasksOf(lead));
        assertEquals(List.of(), runsOf(lead));
    }

    @Test
    public void aBadDefinitionIsRefusedNamingTheField() throws Exception {
        HttpResponse<String> unknownTrigger = api.post("/api/automation/rules", rule("Tau", true, "LEAD", "x")
                .replace("client.created", "client.teleported"));
        Api.assertInvalid(unknownTrigger, "trigger.type");

        HttpResponse<String> badOperator = api.post("/api/automation/rules", rule("Tau", true, "LEAD", "x")
                .replace("\"op\":\"eq\"", "\"op\":\"roughly\""));
        Api.assertInvalid(badOperator, "conditions.all[0].op");

        HttpResponse<String> noTitle = api.post("/api/automation/rules", rule("Tau", true, "LEAD", "x")
                .replace("\"title\":\"x\",", ""));
        Api.assertInvalid(noTitle, "actions[0].arguments.title");

        assertTrue(Api.json(api.get("/api/automation/rules")).findValues("name").stream().noneMatch(name -> name.asText().equals("Tau")));
    }

    @Test
    public void onlyRolesWithTheAutomationSectionSeeOrDefineRules() throws Exception {
        Api salesman = api.signIn("maria", PASSWORD);
        assertEquals(403, salesman.get("/api/automation/rules").statusCode());
        assertEquals(403, salesman.get("/api/automation/runs").statusCode());
        assertEquals(403, salesman.get("/api/automation/runs?status=FAILED&limit=1").statusCode());
        assertEquals(403, salesman.get("/api/automation/rules/" + BUILT_IN_RULE + "/versions").statusCode());
        assertEquals(403, salesman.get("/api/automation/rules/" + BUILT_IN_RULE + "/versions/1").statusCode());
        assertEquals(403, salesman.delete("/api/automation/rules/" + BUILT_IN_RULE, "*").statusCode());
        assertEquals(200, api.get("/api/automation/rules/" + BUILT_IN_RULE).statusCode());
        assertEquals(403, salesman.post("/api/automation/rules", rule("Upsilon", true, "LEAD", "x")).statusCode());
        assertEquals(401, atrium.anonymous().get("/api/automation/rules").statusCode());
        assertTrue(Api.json(api.get("/api/automation/rules")).findValues("name").stream()
                .noneMatch(name -> name.asText().equals("Upsilon")));
    }

    private static long version(String path) throws Exception {
        return Api.json(api.get(path)).get("version").asLong();
    }

    private static List<JsonNode> tasksFor(String userId, String title) throws Exception {
        List<JsonNode> tasks = new ArrayList<>();
        Api.json(api.get("/api/tasks?assigneeId=" + userId + "&limit=200")).get("items").forEach(task -> {
            if (task.get("title").asText().equals(title)) {
                tasks.add(task);
            }
        });
        return tasks;
    }

    @Test
    public void aDeletedClientFiresItsRuleWithTheValuesItHadAndADeletedTaskTheRuleAboutItsClient() throws Exception {
        Api.created(api.post("/api/automation/rules", ruleWithActions("Omegagone", "client.deleted",
                "[{\"type\":\"core.create-task\",\"arguments\":{\"title\":\"Omegagone: find out why it was deleted\"}}]")
                .replace("\"conditions\":{", "\"conditions\":{\"all\":[{\"field\":\"tags\",\"op\":\"eq\",\"value\":\"existing\"},{")
                .replace("},\"actions\"", "}]},\"actions\"")));
        String deleted = fullClient("Omegagone Freight").get("id").asText();
        String kept = newClient("Omegagone Untagged", "LEAD");
        assertEquals(204, api.delete("/api/clients/" + deleted, "\"" + version("/api/clients/" + deleted) + "\"").statusCode());
        assertEquals(204, api.delete("/api/clients/" + kept, "\"" + version("/api/clients/" + kept) + "\"").statusCode());

        // the conditions held on the deleted client's last values (its name and tag); its task is for its owner
        JsonNode run = onlyRun(deleted, "SUCCEEDED");
        assertEquals("client.deleted", run.get("trigger").asText());
        List<JsonNode> tasks = tasksFor(maria, "Omegagone: find out why it was deleted");
        assertEquals(tasks.toString(), 1, tasks.size());
        assertTrue(tasks.toString(), tasks.get(0).get("clientId") == null || tasks.get(0).get("clientId").isNull());
        Thread.sleep(1_000);
        assertEquals(List.of(), runsOf(kept));

        Api.created(api.post("/api/automation/rules", ruleWithActions("Omegatask", "task.deleted",
                "[{\"type\":\"core.create-task\",\"arguments\":{\"title\":\"Omegatask: a task was dropped\"}}]")));
        String client = newClient("Omegatask Owner", "ACTIVE");
        JsonNode task = Api.created(api.post("/api/tasks", "{\"title\":\"Omegatask call\",\"clientId\":\"" + client
                + "\",\"assigneeId\":\"" + maria + "\",\"dueAt\":\"2030-01-01T10:00:00Z\"}"));
        String taskId = task.get("id").asText();
        assertEquals(204, api.delete("/api/tasks/" + taskId, "\"" + task.get("version").asLong() + "\"").statusCode());
        onlyRun(taskId, "SUCCEEDED");
        List<JsonNode> followUps = tasksOf(client);
        assertEquals(followUps.toString(), 1, followUps.size());
        assertEquals("Omegatask: a task was dropped", followUps.get(0).get("title").asText());
        assertEquals(maria, followUps.get(0).get("assigneeId").asText());
    }

    @Test
    public void aFieldChangedToAValueFiresOnceForThatChangeOnly() throws Exception {
        String rule = "{\"name\":\"Rhochange\",\"enabled\":true,\"trigger\":{\"type\":\"client.field-changed\","
                + "\"arguments\":{\"field\":\"status\",\"to\":\"active\"}},"
                + "\"conditions\":{\"field\":\"name\",\"op\":\"contains\",\"value\":\"Rhochange\"},"
                + "\"actions\":[{\"type\":\"core.create-task\",\"arguments\":{\"title\":\"Welcome the new customer\"}}]}";
        Api.created(api.post("/api/automation/rules", rule));
        String id = newClient("Rhochange Textiles", "LEAD");
        String body = "{\"kind\":\"ORGANIZATION\",\"responsibleManagerId\":\"" + maria + "\",";
        String path = "/api/clients/" + id;

        assertEquals(200, api.put(path, "\"" + version(path) + "\"", body + "\"name\":\"Rhochange Textiles SL\",\"status\":\"LEAD\"}")
                .statusCode());
        assertEquals(200, api.put(path, "\"" + version(path) + "\"", body + "\"name\":\"Rhochange Textiles SL\",\"status\":\"ACTIVE\"}")
                .statusCode());
        JsonNode run = onlyRun(id, "SUCCEEDED");
        assertEquals("client.field-changed", run.get("trigger").asText());
        // saving again with the status already ACTIVE changes another field, not the status: nothing fires
        assertEquals(200, api.put(path, "\"" + version(path) + "\"", body + "\"name\":\"Rhochange SL\",\"status\":\"ACTIVE\"}")
                .statusCode());
        Thread.sleep(1_500);
        assertEquals(1, runsOf(id).size());
        assertEquals(1, tasksOf(id).size());

        Api.assertInvalid(api.post("/api/automation/rules", rule.replace("\"field\":\"status\"", "\"field\":\"colour\"")),
                "trigger.arguments.field");
        Api.assertInvalid(api.post("/api/automation/rules", rule.replace("\"field\":\"status\",", "")),
                "trigger.arguments.field");
    }

    @Test
    public void tasksGoRoundTheTeamInTurnAndAnEmptyTeamIsRefused() throws Exception {
        List<String> east = new ArrayList<>();
        for (String name : List.of("ivan", "olga")) {
            String user = JSON.createObjectNode().put("username", name).put("displayName", name).put("email", name + "@example.com")
                    .put("locale", "en").put("team", "east").put("password", PASSWORD)
                    .set("roles", JSON.createArrayNode().add("sales")).toString();
            east.add(Api.created(api.post("/api/users", user)).get("id").asText());
        }
        String title = "Lambdaturn: call the lead";
        Api.created(api.post("/api/automation/rules", ruleWithActions("Lambdaturn", "client.created",
                "[{\"type\":\"core.create-task\",\"arguments\":{\"title\":\"" + title + "\",\"assignee\":\"team:east\"}}]")));
        List<String> given = new ArrayList<>();
        for (int i = 1; i <= 4; i++) {
            String client = newClient("Lambdaturn Lead " + i, "LEAD");
            onlyRun(client, "SUCCEEDED");
            List<JsonNode> tasks = tasksOf(client);
            assertEquals(tasks.toString(), 1, tasks.size());
            given.add(tasks.get(0).get("assigneeId").asText());
        }
        List<String> inTurn = east.stream().sorted().toList();
        assertEquals(List.of(inTurn.get(0), inTurn.get(1), inTurn.get(0), inTurn.get(1)), given);

        // the console lists the rule and tries it on a client without doing anything: no task, no run, no turn given
        String ruleId = Api.json(api.get("/api/automation/rules")).findParents("name").stream()
                .filter(rule -> rule.get("name").asText().equals("Lambdaturn")).findFirst().orElseThrow().get("id").asText();
        String listed = CONSOLE.run("atrium:rules");
        assertTrue(listed, listed.lines().anyMatch(line -> line.contains(ruleId) && line.contains("client.created")
                && line.contains("yes") && line.contains("active")));
        assertTrue(listed, listed.contains("00000000-0000-4000-8000-00000000a001"));
        String tried = newClient("Lambdaturn Tried", "ACTIVE");
        onlyRun(tried, "SUCCEEDED");
        assertEquals(inTurn.get(0), tasksOf(tried).get(0).get("assigneeId").asText());
        int tasksBefore = tasksFor(inTurn.get(1), title).size();
        String dryRun = CONSOLE.run("atrium:rule-run " + ruleId + " " + tried);
        assertTrue(dryRun, dryRun.contains("[yes] name contains Lambdaturn (is: Lambdaturn Tried)"));
        assertTrue(dryRun, dryRun.contains("would create the task \"" + title + "\" about client " + tried + " for "
                + inTurn.get(1) + " (next in turn in team east)"));
        String notMatching = newClient("Other Tried", "ACTIVE");
        String refused = CONSOLE.run("atrium:rule-run " + ruleId + " " + notMatching);
        assertTrue(refused, refused.contains("The conditions do not hold"));
        assertTrue(CONSOLE.run("atrium:rule-run no-such-rule " + tried).contains("No rule no-such-rule"));
        Thread.sleep(1_000);
        assertEquals(List.of(), runsOf(notMatching));
        assertEquals(1, runsOf(tried).size());
        assertEquals(tasksBefore, tasksFor(inTurn.get(1), title).size());
        // the turn the dry run showed is still to be given
        String next = newClient("Lambdaturn Lead 5", "LEAD");
        onlyRun(next, "SUCCEEDED");
        assertEquals(inTurn.get(1), tasksOf(next).get(0).get("assigneeId").asText());

        Api.assertInvalid(api.post("/api/automation/rules", ruleWithActions("Lambdaturn two", "client.created",
                "[{\"type\":\"core.create-task\",\"arguments\":{\"title\":\"x\",\"assignee\":\"team:nobody\"}}]")),
                "actions[0].arguments.assignee");
        Api.assertInvalid(api.post("/api/automation/rules", ruleWithActions("Lambdaturn two", "client.created",
                "[{\"type\":\"core.create-task\",\"arguments\":{\"title\":\"x\",\"assignee\":\"no-such-user\"}}]")),
                "actions[0].arguments.assignee");
    }

    private static String savedFilterRule(String name, String savedFilterId) {
        return "{\"name\":\"" + name + "\",\"enabled\":true,\"trigger\":{\"type\":\"client.created\"},"
                + "\"conditions\":{\"all\":[{\"field\":\"id\",\"op\":\"in-saved-filter\",\"value\":\"" + savedFilterId + "\"}]},"
                + "\"actions\":[{\"type\":\"core.create-task\",\"arguments\":{\"title\":\"Call the VIP lead\","
                + "\"assignee\":\"owner\",\"dueInDays\":\"1\"}}]}";
    }

    private static String taggedClient(String name, String status, String tag) throws Exception {
        return Api.created(api.post("/api/clients?confirmedNew=true", "{\"kind\":\"ORGANIZATION\",\"name\":\"" + name
                + "\",\"status\":\"" + status + "\",\"tags\":[\"" + tag + "\"],\"responsibleManagerId\":\"" + maria + "\"}"))
                .get("id").asText();
    }

    @Test
    public void aRuleOnASavedFilterActsForTheClientsItsListShowsAndNeverOnceTheFilterIsDeleted() throws Exception {
        // the list's own filters and text: leads tagged rho-vip whose name has the word "rhodium"
        JsonNode saved = Api.created(api.post("/api/saved-filters", "{\"name\":\"Rhodium VIP leads\",\"text\":\"rhodium\","
                + "\"filter\":{\"status\":\"LEAD\",\"tag\":\"RHO-VIP\"}}"));
        String filterId = saved.get("id").asText();
        JsonNode rule = Api.created(api.post("/api/automation/rules", savedFilterRule("Rhodium VIP", filterId)));
        assertEquals(0, rule.get("warnings").size());
        String ruleId = rule.get("id").asText();

        String matching = taggedClient("Rhodium Mining", "LEAD", "rho-vip");
        String otherTag = taggedClient("Rhodium Trading", "LEAD", "rho-other");
        String otherStatus = taggedClient("Rhodium Works", "ACTIVE", "rho-vip");
        String otherName = taggedClient("Palladium Mining", "LEAD", "rho-vip");

        List<JsonNode> runs = finishedRunsOf(matching, 1);
        assertEquals(runs.toString(), 1, runs.size());
        assertEquals("SUCCEEDED", runs.get(0).get("status").asText());
        assertEquals(ruleId, runs.get(0).get("ruleId").asText());
        assertEquals("Call the VIP lead", tasksOf(matching).get(0).get("title").asText());
        Thread.sleep(1_500);
        for (String outside : List.of(otherTag, otherStatus, otherName)) {
            assertEquals(outside, List.of(), runsOf(outside));
            assertEquals(outside, List.of(), tasksOf(outside));
        }

        // deleted: the condition never holds, the rule says why, and a rule cannot name it any more
        assertEquals(204, api.delete("/api/saved-filters/" + filterId).statusCode());
        JsonNode warned = Api.json(api.get("/api/automation/rules/" + ruleId));
        assertEquals(1, warned.get("warnings").size());
        assertEquals("conditions.all[0].value", warned.get("warnings").get(0).get("field").asText());
        assertEquals("not_found", warned.get("warnings").get(0).get("code").asText());
        String afterDeletion = taggedClient("Rhodium Mining Two", "LEAD", "rho-vip");
        Thread.sleep(1_500);
        assertEquals(List.of(), runsOf(afterDeletion));
        Api.assertInvalid(api.post("/api/automation/rules", savedFilterRule("Rhodium again", filterId)), "conditions.all[0].value");
        // the rule that named it before can still be saved (to switch it off), its warning kept
        HttpResponse<String> kept = api.put("/api/automation/rules/" + ruleId, "*", savedFilterRule("Rhodium VIP", filterId)
                .replace("\"enabled\":true", "\"enabled\":false"));
        assertEquals(kept.body(), 200, kept.statusCode());
        assertEquals(1, Api.json(kept).get("warnings").size());
    }

    /** Every page of the run log at {@code query}, {@code size} runs a page, following X-Next-Cursor from {@code after}. */
    private static List<JsonNode> pagedRuns(String query, int size, String after) throws Exception {
        List<JsonNode> runs = new ArrayList<>();
        String cursor = after;
        int pages = 0;
        do {
            HttpResponse<String> page = api.get("/api/automation/runs?" + query + "&limit=" + size + (cursor == null ? "" : "&after=" + cursor));
            assertEquals(page.body(), 200, page.statusCode());
            JsonNode found = Api.json(page);
            assertTrue(page.body(), found.isArray() && found.size() <= size);
            found.forEach(runs::add);
            cursor = page.headers().firstValue(NEXT_CURSOR).orElse(null);
            assertTrue("a page before the last is full: " + page.body(), cursor == null || found.size() == size);
            assertTrue("the pages end", ++pages <= 50);
        } while (cursor != null);
        return runs;
    }

    private static List<String> ids(List<JsonNode> runs) {
        return runs.stream().map(run -> run.get("id").asText()).toList();
    }

    private static List<JsonNode> list(HttpResponse<String> answer) throws Exception {
        assertEquals(answer.body(), 200, answer.statusCode());
        List<JsonNode> items = new ArrayList<>();
        Api.json(answer).forEach(items::add);
        return items;
    }

    @Test
    public void theRunLogPagesByCursorWithoutRepeatsOrGapsAndFiltersByStatus() throws Exception {
        String stage = Api.json(api.get("/api/pipelines")).get(0).get("stages").get(0).get("id").asText();
        String tagging = Api.created(api.post("/api/automation/rules", ruleWithActions("Etapage", "client.created",
                "[{\"type\":\"core.add-tag\",\"arguments\":{\"tag\":\"paged\"}}]"))).get("id").asText();
        // a client has no deal to move: each of this rule's runs fails
        String failing = Api.created(api.post("/api/automation/rules", ruleWithActions("Etapage Fail", "client.created",
                "[{\"type\":\"core.move-deal\",\"arguments\":{\"stageId\":\"" + stage + "\"}}]"))).get("id").asText();
        List<String> clients = new ArrayList<>();
        for (int i = 1; i <= 7; i++) {
            String client = newClient((i <= 2 ? "Etapage Fail " : "Etapage ") + i, "LEAD");
            clients.add(client);
            assertEquals(i <= 2 ? 2 : 1, finishedRunsOf(client, i <= 2 ? 2 : 1).size());
        }

        HttpResponse<String> whole = api.get("/api/automation/runs?ruleId=" + tagging);
        assertFalse("one page holds them all: no cursor", whole.headers().firstValue(NEXT_CURSOR).isPresent());
        List<JsonNode> all = list(whole);
        assertEquals(all.toString(), 7, all.size());
        assertEquals("each run once", 7, new HashSet<>(ids(all)).size());
        for (int i = 1; i < all.size(); i++) {
            String newer = all.get(i - 1).get("createdAt").asText();
            String older = all.get(i).get("createdAt").asText();
            assertTrue(all.toString(), Instant.parse(newer).compareTo(Instant.parse(older)) > 0
                    || newer.equals(older) && all.get(i - 1).get("id").asText().compareTo(all.get(i).get("id").asText()) > 0);
        }
        assertEquals("the newest first", clients.get(6), all.get(0).get("recordId").asText());
        for (int size : List.of(1, 2, 3, 6, 7)) {
            assertEquals("pages of " + size, ids(all), ids(pagedRuns("ruleId=" + tagging, size, null)));
        }

        // a run stored while a caller pages is newer than its first page: the next pages neither repeat nor skip one
        HttpResponse<String> first = api.get("/api/automation/runs?ruleId=" + tagging + "&limit=3");
        assertEquals(ids(all.subList(0, 3)), ids(list(first)));
        String cursor = first.headers().firstValue(NEXT_CURSOR).orElseThrow();
        String later = newClient("Etapage 8", "LEAD");
        onlyRun(later, "SUCCEEDED");
        assertEquals(ids(all.subList(3, 7)), ids(pagedRuns("ruleId=" + tagging, 3, cursor)));
        assertEquals(later, list(api.get("/api/automation/runs?ruleId=" + tagging + "&limit=1")).get(0).get("recordId").asText());

        List<JsonNode> failed = list(api.get("/api/automation/runs?ruleId=" + failing + "&status=FAILED"));
        assertEquals(failed.toString(), List.of(clients.get(1), clients.get(0)),
                failed.stream().map(run -> run.get("recordId").asText()).toList());
        assertEquals(List.of(), list(api.get("/api/automation/runs?ruleId=" + failing + "&status=SUCCEEDED")));
        List<JsonNode> ofRecord = list(api.get("/api/automation/runs?recordId=" + clients.get(0) + "&status=SUCCEEDED"));
        assertEquals(ofRecord.toString(), 1, ofRecord.size());
        assertEquals(tagging, ofRecord.get(0).get("ruleId").asText());
        List<JsonNode> everyFailed = pagedRuns("status=FAILED", 1, null);
        assertTrue(everyFailed.toString(), everyFailed.stream().allMatch(run -> run.get("status").asText().equals("FAILED")));
        assertTrue(everyFailed.toString(), ids(everyFailed).containsAll(ids(failed)));
        assertEquals(ids(everyFailed).size(), new HashSet<>(ids(everyFailed)).size());
        assertEquals(ids(list(api.get("/api/automation/runs?status=SUCCEEDED&ruleId=" + tagging + "&limit=200"))),
                ids(pagedRuns("status=SUCCEEDED&ruleId=" + tagging, 2, null)));

        Api.assertInvalid(api.get("/api/automation/runs?status=DONE"), "status");
        Api.assertInvalid(api.get("/api/automation/runs?after=not-a-cursor"), "after");
        // base64 of a text without the cursor's parts
        Api.assertInvalid(api.get("/api/automation/runs?ruleId=" + tagging + "&after=bm8tc2VwYXJhdG9y"), "after");
        Api.assertInvalid(api.get("/api/automation/runs?status=succeeded&limit=0&after=bm8tc2VwYXJhdG9y"), "status", "limit", "after");
        Api.assertInvalid(api.get("/api/automation/runs?limit=201"), "limit");
    }

    @Test
    public void aDeletedRuleFiresNoMoreAndLeavesEveryListWhileItsRunsStayInTheLog() throws Exception {
        String admin = Api.json(api.get("/api/auth/session")).get("user").get("id").asText();
        String definition = ruleWithActions("Zetagone", "client.created", "[{\"type\":\"core.add-tag\",\"arguments\":{\"tag\":\"first\"}}]");
        String ruleId = Api.created(api.post("/api/automation/rules", definition)).get("id").asText();
        String path = "/api/automation/rules/" + ruleId;
        assertEquals(200, api.put(path, "\"1\"", definition.replace("first", "second")).statusCode());
        String fired = newClient("Zetagone One", "LEAD");
        JsonNode run = onlyRun(fired, "SUCCEEDED");
        assertEquals(2, run.get("ruleVersion").asInt());

        List<JsonNode> versions = list(api.get(path + "/versions"));
        assertEquals(versions.toString(), List.of(2, 1), versions.stream().map(version -> version.get("version").asInt()).toList());
        assertTrue(versions.get(0).get("current").asBoolean());
        assertFalse(versions.get(1).get("current").asBoolean());
        for (JsonNode version : versions) {
            assertEquals(admin, version.get("createdBy").asText());
            assertNotNull(version.toString(), version.get("createdByName").textValue());
            assertEquals("client.created", version.get("triggerType").asText());
            assertNotNull(Instant.parse(version.get("createdAt").asText()));
            assertFalse("the list carries no definitions", version.has("definition"));
        }
        JsonNode older = Api.json(api.get(path + "/versions/1"));
        assertEquals(1, older.get("version").asInt());
        assertEquals("Zetagone", older.get("definition").get("name").asText());
        assertEquals("first", older.get("definition").get("actions").get(0).get("arguments").get("tag").asText());
        assertTrue(older.toString(), older.get("definition").get("conditions").toString().contains("\"Zetagone\""));
        assertEquals(404, api.get(path + "/versions/3").statusCode());
        JsonNode shipped = list(api.get("/api/automation/rules/" + BUILT_IN_RULE + "/versions")).get(0);
        assertTrue("a rule Atrium ships has no author: " + shipped, shipped.get("createdBy").isNull());

        HttpResponse<String> stale = api.delete(path, "\"1\"");
        assertEquals(stale.body(), 409, stale.statusCode());
        assertEquals(200, api.get(path).statusCode());
        HttpResponse<String> deleted = api.delete(path, "\"2\"");
        assertEquals(deleted.body(), 204, deleted.statusCode());

        assertEquals(404, api.get(path).statusCode());
        assertEquals(404, api.get(path + "/versions").statusCode());
        assertEquals(404, api.get(path + "/versions/1").statusCode());
        assertEquals(404, api.put(path, "*", definition).statusCode());
        assertEquals(404, api.delete(path, "*").statusCode());
        assertTrue(Api.json(api.get("/api/automation/rules")).findValuesAsText("id").stream().noneMatch(ruleId::equals));
        assertFalse(CONSOLE.run("atrium:rules").contains(ruleId));
        JsonNode audit = Api.json(api.get("/api/audit?recordType=rule&recordId=" + ruleId));
        assertEquals(audit.toString(), List.of("DELETE", "UPDATE", "CREATE"), audit.get("items").findValuesAsText("action"));
        JsonNode edit = audit.get("items").get(1);
        assertEquals(admin, edit.get("userId").asText());
        assertEquals(edit.toString(), List.of("definition.actions[0].arguments.tag"), edit.get("changes").findValuesAsText("field"));
        assertEquals("first", edit.get("changes").get(0).get("oldValue").asText());
        assertEquals("second", edit.get("changes").get(0).get("newValue").asText());

        String after = newClient("Zetagone Two", "LEAD");
        Thread.sleep(2_000);
        assertEquals("a deleted rule fires no more", List.of(), runsOf(after));
        List<JsonNode> kept = list(api.get("/api/automation/runs?ruleId=" + ruleId));
        assertEquals("its runs stay in the log", List.of(run.get("id").asText()), ids(kept));
        assertEquals(2, kept.get(0).get("ruleVersion").asInt());
    }

    @Test
    public void aRoleThatMayNotDeleteInTheAutomationSectionReadsVersionsButDeletesNoRule() throws Exception {
        Api.created(api.post("/api/roles", "{\"id\":\"rule-editor\",\"label\":\"Rule editor\",\"grants\":{"
                + "\"automation\":{\"access\":[\"READ\",\"WRITE\"],\"scope\":\"ALL\",\"hiddenFields\":[]}}}"));
        String user = JSON.createObjectNode().put("username", "rita").put("displayName", "Rita Rules").put("email", "rita@example.com")
                .put("locale", "en").put("password", PASSWORD).set("roles", JSON.createArrayNode().add("rule-editor")).toString();
        Api.created(api.post("/api/users", user));
        Api editor = api.signIn("rita", PASSWORD);
        assertEquals(200, editor.get("/api/automation/rules/" + BUILT_IN_RULE + "/versions").statusCode());
        assertEquals(200, editor.get("/api/automation/runs?status=FAILED").statusCode());
        HttpResponse<String> refused = editor.delete("/api/automation/rules/" + BUILT_IN_RULE, "*");
        assertEquals(refused.body(), 403, refused.statusCode());
        assertEquals(200, api.get("/api/automation/rules/" + BUILT_IN_RULE).statusCode());
    }
}
