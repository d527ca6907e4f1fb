package org.atriumcrm.distribution;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Workflow rules over real HTTP: a rule defined through the API acts, once, on the record that
 * fires it, after the save, and logs its run; a disabled rule does nothing; a bad definition is
 * refused naming the field.
 */
public class AutomationIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String PASSWORD = "a long passphrase for tests";

    private static RunningAtrium atrium;
    private static Api api;
    private static String maria;

    @BeforeClass
    public static void startAtrium() throws Exception {
        atrium = RunningAtrium.start("automation");
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

    private static JsonNode created(HttpResponse<String> response) throws Exception {
        assertEquals(response.body(), 201, response.statusCode());
        return Api.json(response);
    }

    private static String newClient(String name, String status) throws Exception {
        return created(api.post("/api/clients?confirmedNew=true", "{\"kind\":\"ORGANIZATION\",\"name\":\"" + name
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
    public void aLeadGetsOneCallTaskForItsOwnerAndTheRunIsLogged() throws Exception {
        JsonNode rule = created(api.post("/api/automation/rules", rule("Omicron", true, "LEAD", "First version")));
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

    @Test
    public void aDisabledRuleDoesNothing() throws Exception {
        JsonNode rule = created(api.post("/api/automation/rules", rule("Sigma", false, "LEAD", "Should not exist")));
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
        assertEquals(403, salesman.post("/api/automation/rules", rule("Upsilon", true, "LEAD", "x")).statusCode());
        assertEquals(401, atrium.anonymous().get("/api/automation/rules").statusCode());
        assertTrue(Api.json(api.get("/api/automation/rules")).findValues("name").stream()
                .noneMatch(name -> name.asText().equals("Upsilon")));
    }
}
