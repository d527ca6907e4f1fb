package org.atriumcrm.distribution;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFilePut;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * Outgoing webhooks over real HTTP, to a receiver run by the test: each delivery is signed with the
 * hook's secret, a 500 is retried with back-off and both attempts are in the delivery log, a receiver
 * that always fails gets its hook disabled, rules call hooks, and only the automation section may see
 * or define hooks.
 */
public class WebhooksIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String PASSWORD = "a long passphrase for tests";
    private static final int DISABLE_AFTER = 3;
    private static final Duration REPLAY_WINDOW = Duration.ofMinutes(5);

    private static RunningAtrium atrium;
    private static Api api;
    private static HttpServer receiver;
    private static final List<Received> RECEIVED = new CopyOnWriteArrayList<>();
    private static final Set<String> SEEN_DELIVERIES = ConcurrentHashMap.newKeySet();

    /** One request the receiver took. */
    private record Received(String path, Instant at, Map<String, List<String>> headers, String body, JsonNode json) {

        String header(String name) {
            return headers.entrySet().stream().filter(entry -> entry.getKey().equalsIgnoreCase(name))
                    .map(entry -> entry.getValue().get(0)).findFirst().orElse(null);
        }
    }

    @BeforeClass
    public static void start() throws Exception {
        receiver = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        // the first attempt of every delivery fails, the next succeeds
        receiver.createContext("/flaky", exchange -> answer(exchange, received -> SEEN_DELIVERIES.add(received.header("X-Atrium-Delivery")) ? 500 : 200));
        receiver.createContext("/down", exchange -> answer(exchange, received -> 500));
        receiver.createContext("/ok", exchange -> answer(exchange, received -> 204));
        receiver.start();
        atrium = RunningAtrium.start("webhooks",
                editConfigurationFilePut("etc/org.atriumcrm.automation.cfg", "webhook.allow.http", "true"),
                editConfigurationFilePut("etc/org.atriumcrm.automation.cfg", "webhook.retry.first.delay.seconds", "1"),
                editConfigurationFilePut("etc/org.atriumcrm.automation.cfg", "webhook.retry.max.delay.seconds", "2"),
                editConfigurationFilePut("etc/org.atriumcrm.automation.cfg", "webhook.disable.after.failures", Integer.toString(DISABLE_AFTER)));
        api = atrium.api();
    }

    @AfterClass
    public static void stop() {
        if (atrium != null) {
            atrium.stop();
        }
        if (receiver != null) {
            receiver.stop(0);
        }
    }

    private interface Status {
        int of(Received received);
    }

    private static void answer(HttpExchange exchange, Status status) throws IOException {
        try (InputStream in = exchange.getRequestBody()) {
            String body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            Received received = new Received(exchange.getRequestURI().getPath(), Instant.now(), Map.copyOf(exchange.getRequestHeaders()),
                    body, JSON.readTree(body));
            RECEIVED.add(received);
            int code = status.of(received);
            exchange.sendResponseHeaders(code, -1);
        } finally {
            exchange.close();
        }
    }

    private static String at(String path) {
        return "http://127.0.0.1:" + receiver.getAddress().getPort() + path;
    }

    private static JsonNode created(HttpResponse<String> response) throws IOException {
        assertEquals(response.body(), 201, response.statusCode());
        return Api.json(response);
    }

    private static JsonNode newHook(String name, String path, String... events) throws Exception {
        String body = JSON.createObjectNode().put("name", name).put("url", at(path))
                .set("events", JSON.valueToTree(List.of(events))).toString();
        return created(api.post("/api/automation/webhooks", body));
    }

    private static String newClient(String name) throws Exception {
        return created(api.post("/api/clients?confirmedNew=true", "{\"kind\":\"ORGANIZATION\",\"name\":\"" + name
                + "\",\"status\":\"LEAD\"}")).get("id").asText();
    }

    private static List<Received> receivedAt(String path, Predicate<Received> which) {
        return RECEIVED.stream().filter(received -> received.path().equals(path) && which.test(received)).toList();
    }

    private static List<Received> awaitReceived(String path, Predicate<Received> which, int count) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (receivedAt(path, which).size() < count && Instant.now().isBefore(deadline)) {
            Thread.sleep(100);
        }
        return receivedAt(path, which);
    }

    private static JsonNode awaitHook(String id, Predicate<JsonNode> until) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        JsonNode hook = Api.json(api.get("/api/automation/webhooks/" + id));
        while (!until.test(hook) && Instant.now().isBefore(deadline)) {
            Thread.sleep(200);
            hook = Api.json(api.get("/api/automation/webhooks/" + id));
        }
        return hook;
    }

    private static JsonNode awaitDeliveries(String hookId, Predicate<JsonNode> until) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        JsonNode log = Api.json(api.get("/api/automation/webhooks/" + hookId + "/deliveries"));
        while (!until.test(log) && Instant.now().isBefore(deadline)) {
            Thread.sleep(200);
            log = Api.json(api.get("/api/automation/webhooks/" + hookId + "/deliveries"));
        }
        return log;
    }

    /** What a receiver does: recompute the HMAC of "t.body" with the secret, and refuse old times. */
    private static void assertSigned(Received received, String secret) throws Exception {
        String header = received.header("X-Atrium-Signature");
        assertNotNull("no signature header in " + received.headers(), header);
        String[] parts = header.split(",");
        assertTrue(header, parts[0].startsWith("t=") && parts[1].startsWith("v1="));
        long time = Long.parseLong(parts[0].substring(2));
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        String expected = HexFormat.of().formatHex(mac.doFinal((time + "." + received.body()).getBytes(StandardCharsets.UTF_8)));
        assertEquals("signature of " + received.body(), expected, parts[1].substring(3));
        assertTrue("signed at " + time, Math.abs(Instant.now().getEpochSecond() - time) < REPLAY_WINDOW.toSeconds());
    }

    @Test
    public void aReceiverAnswering500OnceSeesASignedRetryAndTheLogShowsBothAttempts() throws Exception {
        JsonNode hook = newHook("CRM mirror", "/flaky", "client.created", "client.updated");
        String hookId = hook.get("id").asText();
        String secret = hook.get("secret").asText();
        assertTrue(secret, secret.startsWith("whsec_") && secret.length() > 30);
        assertTrue(hook.get("enabled").asBoolean());

        // the secret is shown once: never by a read, a list or a change
        HttpResponse<String> read = api.get("/api/automation/webhooks/" + hookId);
        assertEquals(200, read.statusCode());
        assertFalse(read.body(), read.body().contains(secret) || Api.json(read).has("secret"));
        assertFalse(api.get("/api/automation/webhooks").body().contains(secret));
        String etag = read.headers().firstValue("ETag").orElseThrow();
        String renamed = JSON.createObjectNode().put("name", "CRM mirror (clients)").put("url", at("/flaky"))
                .set("events", JSON.valueToTree(List.of("client.created"))).toString();
        HttpResponse<String> changed = api.put("/api/automation/webhooks/" + hookId, etag, renamed);
        assertEquals(changed.body(), 200, changed.statusCode());
        assertFalse(changed.body().contains(secret));
        assertEquals(List.of("client.created"), JSON.convertValue(Api.json(changed).get("events"), List.class));
        assertEquals(409, api.put("/api/automation/webhooks/" + hookId, etag, renamed).statusCode());

        String clientId = newClient("Kappa Shipping");
        List<Received> attempts = awaitReceived("/flaky", received -> clientId.equals(received.json().path("recordId").asText()), 2);
        assertEquals(attempts.toString(), 2, attempts.size());
        for (Received attempt : attempts) {
            assertSigned(attempt, secret);
            assertEquals("client.created", attempt.json().get("event").asText());
            assertEquals("client", attempt.json().get("recordType").asText());
            assertEquals("Kappa Shipping", attempt.json().get("record").get("name").asText());
            assertEquals("LEAD", attempt.json().get("record").get("status").asText());
            assertEquals("client.created", attempt.header("X-Atrium-Event"));
        }
        // one delivery, retried: the receiver can tell the repeat by its id, and the body is the same
        assertEquals(attempts.get(0).header("X-Atrium-Delivery"), attempts.get(1).header("X-Atrium-Delivery"));
        assertEquals(attempts.get(0).json().get("id").asText(), attempts.get(0).header("X-Atrium-Delivery"));
        assertEquals(attempts.get(0).body(), attempts.get(1).body());
        assertTrue("the retry waited", Duration.between(attempts.get(0).at(), attempts.get(1).at()).toMillis() >= 900);

        JsonNode log = awaitDeliveries(hookId, deliveries -> deliveries.findValues("recordId").stream()
                .anyMatch(id -> id.asText().equals(clientId)) && "DELIVERED".equals(delivery(deliveries, clientId).path("status").asText()));
        JsonNode delivery = delivery(log, clientId);
        assertEquals(log.toString(), "DELIVERED", delivery.get("status").asText());
        assertEquals(attempts.get(0).header("X-Atrium-Delivery"), delivery.get("id").asText());
        JsonNode tries = delivery.get("attempts");
        assertEquals(tries.toString(), 2, tries.size());
        assertEquals(1, tries.get(0).get("attempt").asInt());
        assertEquals(500, tries.get(0).get("statusCode").asInt());
        assertEquals("HTTP 500", tries.get(0).get("error").asText());
        assertTrue(tries.get(0).get("durationMs").asLong() >= 0);
        assertEquals(2, tries.get(1).get("attempt").asInt());
        assertEquals(200, tries.get(1).get("statusCode").asInt());
        assertTrue(tries.get(1).get("error").isNull());
        assertEquals(0, awaitHook(hookId, current -> current.get("consecutiveFailures").asInt() == 0).get("consecutiveFailures").asInt());
    }

    private static JsonNode delivery(JsonNode log, String recordId) {
        for (JsonNode delivery : log) {
            if (recordId.equals(delivery.path("recordId").asText())) {
                return delivery;
            }
        }
        return JSON.missingNode();
    }

    @Test
    public void aReceiverThatAlwaysFailsGetsTheHookDisabledSayingWhy() throws Exception {
        JsonNode hook = newHook("Broken ERP", "/down", "client.created");
        String hookId = hook.get("id").asText();
        String clientId = newClient("Lambda Mining");

        JsonNode disabled = awaitHook(hookId, current -> !current.get("enabled").asBoolean());
        assertFalse(disabled.toString(), disabled.get("enabled").asBoolean());
        String reason = disabled.get("disabledReason").asText();
        assertTrue(reason, reason.contains(DISABLE_AFTER + " failed") && reason.contains("HTTP 500"));
        List<Received> attempts = receivedAt("/down", received -> clientId.equals(received.json().path("recordId").asText()));
        assertEquals(attempts.toString(), DISABLE_AFTER, attempts.size());
        JsonNode delivery = delivery(awaitDeliveries(hookId, log -> "FAILED".equals(delivery(log, clientId).path("status").asText())), clientId);
        assertEquals("FAILED", delivery.get("status").asText());
        assertEquals(DISABLE_AFTER, delivery.get("attempts").size());

        // a disabled hook is sent nothing more
        String later = newClient("Lambda Quarry");
        Thread.sleep(2_500);
        assertEquals(List.of(), receivedAt("/down", received -> later.equals(received.json().path("recordId").asText())));
        assertEquals(DISABLE_AFTER, receivedAt("/down", received -> true).size());
    }

    @Test
    public void aRuleCallsAWebhookWithTheRecordThatFiredIt() throws Exception {
        JsonNode hook = newHook("Lead router", "/ok");
        String hookId = hook.get("id").asText();
        String secret = hook.get("secret").asText();
        String rule = "{\"name\":\"Route Mu leads\",\"enabled\":true,\"trigger\":{\"type\":\"client.created\"},"
                + "\"conditions\":{\"all\":[{\"field\":\"name\",\"op\":\"contains\",\"value\":\"Mu Robotics\"}]},"
                + "\"actions\":[{\"type\":\"core.call-webhook\",\"arguments\":{\"webhookId\":\"" + hookId + "\",\"event\":\"lead.arrived\"}}]}";
        created(api.post("/api/automation/rules", rule));
        String clientId = newClient("Mu Robotics");
        List<Received> calls = awaitReceived("/ok", received -> clientId.equals(received.json().path("recordId").asText()), 1);
        assertEquals(calls.toString(), 1, calls.size());
        assertSigned(calls.get(0), secret);
        assertEquals("lead.arrived", calls.get(0).json().get("event").asText());
        assertEquals("Mu Robotics", calls.get(0).json().get("record").get("name").asText());
    }

    @Test
    public void badDefinitionsAreRefusedNamingTheField() throws Exception {
        int before = Api.json(api.get("/api/automation/webhooks")).size();
        for (String url : List.of("ftp://example.com/in", "mailto:ops@example.com", "https://user:pw@example.com/in", "no address")) {
            String body = JSON.createObjectNode().put("name", "Bad").put("url", url)
                    .set("events", JSON.valueToTree(List.of("client.created"))).toString();
            Api.assertInvalid(api.post("/api/automation/webhooks", body), "url");
        }
        String badEvent = JSON.createObjectNode().put("name", "Bad").put("url", at("/ok"))
                .set("events", JSON.valueToTree(List.of("client.created", "client.teleported"))).toString();
        Api.assertInvalid(api.post("/api/automation/webhooks", badEvent), "events[1]");
        assertEquals(before, Api.json(api.get("/api/automation/webhooks")).size());
        assertEquals(404, api.get("/api/automation/webhooks/no-such-hook/deliveries").statusCode());
    }

    @Test
    public void onlyTheAutomationSectionSeesOrDefinesWebhooks() throws Exception {
        String user = JSON.createObjectNode().put("username", "nadia").put("displayName", "Nadia Test")
                .put("email", "nadia@example.com").put("locale", "en").put("team", "north").put("password", PASSWORD)
                .set("roles", JSON.createArrayNode().add("sales")).toString();
        assertEquals(201, api.post("/api/users", user).statusCode());
        String hookId = newHook("Audit feed", "/ok", "task.created").get("id").asText();
        Api salesman = api.signIn("nadia", PASSWORD);
        assertEquals(403, salesman.get("/api/automation/webhooks").statusCode());
        assertEquals(403, salesman.get("/api/automation/webhooks/" + hookId).statusCode());
        assertEquals(403, salesman.get("/api/automation/webhooks/" + hookId + "/deliveries").statusCode());
        String body = JSON.createObjectNode().put("name", "Exfiltrate").put("url", at("/ok"))
                .set("events", JSON.valueToTree(List.of("client.created"))).toString();
        assertEquals(403, salesman.post("/api/automation/webhooks", body).statusCode());
        assertEquals(403, salesman.delete("/api/automation/webhooks/" + hookId, "*").statusCode());
        assertEquals(401, atrium.anonymous().get("/api/automation/webhooks").statusCode());
        assertTrue(Api.json(api.get("/api/automation/webhooks")).findValues("name").stream()
                .noneMatch(name -> name.asText().equals("Exfiltrate")));
        assertEquals(200, api.get("/api/automation/webhooks/" + hookId).statusCode());
    }
}
