package org.atriumcrm.distribution;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFilePut;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import javax.mail.Multipart;
import javax.mail.Part;
import javax.mail.internet.MimeMessage;

import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.FixMethodOrder;
import org.junit.Test;
import org.junit.runners.MethodSorters;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

/**
 * Public web forms over real HTTP, posted the way a page does (form encoding or JSON, with an Origin
 * header, through a proxy that sets X-Forwarded-For): a submission makes a lead that gets the welcome
 * e-mail (real SMTP, GreenMail) in its language and a call task for the form's manager through the
 * example rule; the same person again is matched; a flood from one address is cut off with 429; a
 * filled honeypot and a foreign origin create nothing; forms are for admins only.
 */
@FixMethodOrder(MethodSorters.NAME_ASCENDING)
public class WebFormsIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String PASSWORD = "a long passphrase for tests";
    private static final String SHOP = "https://shop.example.com";
    private static final int PER_ADDRESS = 3;
    private static final int MAX_BYTES = 4096;
    private static final String EXAMPLE_RULE = "00000000-0000-4000-8000-00000000a003";

    private static GreenMail smtp;
    private static RunningAtrium atrium;
    private static Api api;
    private static String maria;
    private static String formId;
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @BeforeClass
    public static void startAtriumAndMailServer() throws Exception {
        int smtpPort = AtriumOptions.freePort();
        smtp = new GreenMail(new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        atrium = RunningAtrium.start("webforms",
                editConfigurationFilePut("etc/org.atriumcrm.automation.cfg", "retry.first.delay.seconds", "1"),
                // the tests stand in for the reverse proxy: every request comes from 127.0.0.1 and names its sender
                editConfigurationFilePut("etc/org.atriumcrm.automation.cfg", "form.trusted.proxies", "127.0.0.1"),
                editConfigurationFilePut("etc/org.atriumcrm.automation.cfg", "form.rate.per.address.per.minute",
                        Integer.toString(PER_ADDRESS)),
                editConfigurationFilePut("etc/org.atriumcrm.automation.cfg", "form.max.body.bytes", Integer.toString(MAX_BYTES)),
                editConfigurationFilePut("etc/org.atriumcrm.mail.cfg", "smtp.host", "127.0.0.1"),
                editConfigurationFilePut("etc/org.atriumcrm.mail.cfg", "smtp.port", Integer.toString(smtpPort)),
                editConfigurationFilePut("etc/org.atriumcrm.mail.cfg", "from.address", "crm@atrium.example"));
        api = atrium.api();
        Api.created(api.post("/api/custom-fields", "{\"recordKind\":\"CLIENT\",\"key\":\"language\",\"label\":\"Language\",\"type\":\"TEXT\"}"));
        String user = JSON.createObjectNode().put("username", "maria").put("displayName", "Maria Test")
                .put("email", "maria@example.com").put("locale", "en").put("team", "north").put("password", PASSWORD)
                .set("roles", JSON.createArrayNode().add("sales")).toString();
        maria = Api.created(api.post("/api/users", user)).get("id").asText();
        formId = Api.created(api.post("/api/automation/forms", form("Contact us", true))).get("id").asText();
        enableExampleRule();
    }

    @AfterClass
    public static void stop() {
        if (atrium != null) {
            atrium.stop();
        }
        if (smtp != null) {
            smtp.stop();
        }
    }

    private static String form(String name, boolean enabled) {
        return "{\"name\":\"" + name + "\",\"enabled\":" + enabled + ",\"fields\":["
                + "{\"name\":\"fullName\",\"label\":\"Your <name>\",\"target\":\"name\",\"required\":true},"
                + "{\"name\":\"email\",\"label\":\"E-mail\",\"target\":\"email\",\"required\":true},"
                + "{\"name\":\"tel\",\"label\":\"Phone\",\"target\":\"phone\"},"
                + "{\"name\":\"lang\",\"label\":\"Language\",\"target\":\"language\"},"
                + "{\"name\":\"note\",\"label\":\"Message\",\"target\":\"message\"}],"
                + "\"consent\":{\"text\":\"I agree that Atrium & Co may contact me\",\"required\":true},"
                + "\"thankYouText\":\"Thank you, we will call you soon.\",\"allowedOrigins\":[\"" + SHOP + "\"],"
                + "\"responsibleManagerId\":\"" + maria + "\",\"language\":\"en\"}";
    }

    /** The example rule and its template are there, the rule switched off; an admin switches it on as it is. */
    private static void enableExampleRule() throws Exception {
        JsonNode example = Api.json(api.get("/api/automation/rules/" + EXAMPLE_RULE));
        assertFalse(example.toString(), example.get("enabled").asBoolean());
        assertTrue("the types it uses are present: " + example, example.get("active").asBoolean());
        assertEquals("webform.submitted", example.get("trigger").get("type").asText());
        ObjectNode definition = JSON.createObjectNode().put("name", example.get("name").asText()).put("enabled", true);
        definition.set("trigger", example.get("trigger"));
        definition.set("conditions", example.get("conditions"));
        definition.set("actions", example.get("actions"));
        HttpResponse<String> enabled = api.put("/api/automation/rules/" + EXAMPLE_RULE, "*", definition.toString());
        assertEquals(enabled.body(), 200, enabled.statusCode());
        assertTrue(enabled.body(), Api.json(enabled).get("enabled").asBoolean());
    }

    private static String base() {
        return atrium.homePage().replaceAll("/$", "");
    }

    private static HttpResponse<String> post(String sender, String origin, Map<String, String> values) throws Exception {
        String body = values.entrySet().stream().map(entry -> URLEncoder.encode(entry.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(entry.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
        return send(sender, origin, "application/x-www-form-urlencoded", body, formId);
    }

    private static HttpResponse<String> send(String sender, String origin, String contentType, String body, String form)
            throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base() + "/api/public/forms/" + form))
                .header("Content-Type", contentType).header("Accept", "application/json").header("X-Forwarded-For", sender)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (origin != null) {
            request.header("Origin", origin);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static Map<String, String> person(String name, String email) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("fullName", name);
        values.put("email", email);
        values.put("consent", "yes");
        values.put(SubmissionHoneypot.NAME, "");
        return values;
    }

    private static List<JsonNode> clientsWith(String email) throws Exception {
        List<JsonNode> found = new ArrayList<>();
        Api.json(api.get("/api/clients?q=" + URLEncoder.encode(email, StandardCharsets.UTF_8))).get("items").forEach(client -> {
            if (client.get("emails").toString().contains(email)) {
                found.add(client);
            }
        });
        return found;
    }

    private static List<JsonNode> formActivities(String clientId) throws Exception {
        List<JsonNode> found = new ArrayList<>();
        Api.json(api.get("/api/activities?clientId=" + clientId)).get("items").forEach(activity -> {
            if (activity.get("subject").asText().equals("Web form submitted: Contact us")) {
                found.add(activity);
            }
        });
        return found;
    }

    private static List<MimeMessage> awaitMailTo(String address, int count) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        List<MimeMessage> found = mailTo(address);
        while (found.size() < count && Instant.now().isBefore(deadline)) {
            Thread.sleep(200);
            found = mailTo(address);
        }
        assertEquals("e-mails to " + address, count, found.size());
        return found;
    }

    private static List<MimeMessage> mailTo(String address) throws Exception {
        List<MimeMessage> found = new ArrayList<>();
        for (MimeMessage message : smtp.getReceivedMessages()) {
            if (message.getAllRecipients()[0].toString().equals(address)) {
                found.add(message);
            }
        }
        return found;
    }

    private static String textOf(Part part) throws Exception {
        if (part.isMimeType("text/*")) {
            return (String) part.getContent();
        }
        StringBuilder text = new StringBuilder();
        if (part.getContent() instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                text.append(textOf(multipart.getBodyPart(i))).append('\n');
            }
        }
        return text.toString();
    }

    private static List<JsonNode> awaitTasks(String clientId, int count) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        List<JsonNode> tasks = new ArrayList<>();
        while (Instant.now().isBefore(deadline)) {
            tasks.clear();
            Api.json(api.get("/api/tasks?clientId=" + clientId)).get("items").forEach(tasks::add);
            if (tasks.size() >= count) {
                break;
            }
            Thread.sleep(200);
        }
        assertEquals(tasks.toString(), count, tasks.size());
        return tasks;
    }

    @Test
    public void a1FormPostMakesALeadWithTheWelcomeInItsLanguageAndACallTaskForTheFormsManager() throws Exception {
        Map<String, String> values = person("Lucía Pérez", "lucia@cliente.example");
        values.put("lang", "es");
        values.put("note", "Llámenme por la tarde");
        HttpResponse<String> answer = post("198.51.100.1", SHOP, values);
        assertEquals(answer.body(), 200, answer.statusCode());
        assertEquals("Thank you, we will call you soon.", Api.json(answer).get("message").asText());
        assertEquals(SHOP, answer.headers().firstValue("Access-Control-Allow-Origin").orElse(null));

        List<JsonNode> clients = clientsWith("lucia@cliente.example");
        assertEquals(clients.toString(), 1, clients.size());
        JsonNode client = clients.get(0);
        String clientId = client.get("id").asText();
        assertEquals("Lucía Pérez", client.get("name").asText());
        assertEquals("web", client.get("source").asText());
        assertEquals("LEAD", client.get("status").asText());
        assertEquals(maria, client.get("responsibleManagerId").asText());
        assertEquals("es", client.get("customFields").get("language").asText());
        List<JsonNode> activities = formActivities(clientId);
        assertEquals(1, activities.size());
        String result = activities.get(0).get("result").asText();
        assertTrue(result, result.contains("Message: Llámenme por la tarde"));
        assertTrue(result, result.contains("Consent given: I agree that Atrium & Co may contact me"));

        MimeMessage welcome = awaitMailTo("lucia@cliente.example", 1).get(0);
        assertEquals("Gracias por escribirnos, Lucía Pérez", welcome.getSubject());
        String body = textOf(welcome);
        assertTrue(body, body.contains("Hola, Lucía Pérez:"));
        assertTrue(body, body.contains("gracias por su mensaje. Su gestor le llamará pronto."));
        JsonNode task = awaitTasks(clientId, 1).get(0);
        assertEquals("Call the web lead", task.get("title").asText());
        assertEquals(maria, task.get("assigneeId").asText());
    }

    @Test
    public void a2TheSamePersonPostingAgainIsMatchedNotCreatedTwice() throws Exception {
        String json = "{\"fullName\":\"Lucia Perez\",\"email\":\"LUCIA@cliente.example\",\"consent\":true,\"note\":\"Otra vez\"}";
        HttpResponse<String> answer = send("198.51.100.2", SHOP, "application/json", json, formId);
        assertEquals(answer.body(), 200, answer.statusCode());
        List<JsonNode> clients = clientsWith("lucia@cliente.example");
        assertEquals(clients.toString(), 1, clients.size());
        assertEquals("the stored client is not changed", "Lucía Pérez", clients.get(0).get("name").asText());
        assertEquals(2, formActivities(clients.get(0).get("id").asText()).size());
        // the rule fires for this submission too: a second welcome and a second task
        awaitMailTo("lucia@cliente.example", 2);
        awaitTasks(clients.get(0).get("id").asText(), 2);
    }

    @Test
    public void a3EnglishIsTheFormsLanguageWhenThePersonSendsNone() throws Exception {
        HttpResponse<String> answer = post("198.51.100.3", null, person("John Smith", "john@cliente.example"));
        assertEquals(answer.body(), 200, answer.statusCode());
        assertFalse("no Origin, no CORS answer", answer.headers().firstValue("Access-Control-Allow-Origin").isPresent());
        assertEquals("Thank you for writing to us, John Smith", awaitMailTo("john@cliente.example", 1).get(0).getSubject());
    }

    @Test
    public void b1AFloodFromOneAddressGets429AndCreatesNothingMore() throws Exception {
        for (int i = 0; i < PER_ADDRESS; i++) {
            HttpResponse<String> answer = post("203.0.113.50", SHOP, person("Flood " + i, "flood" + i + "@spam.example"));
            assertEquals(answer.body(), 200, answer.statusCode());
        }
        for (int i = PER_ADDRESS; i < PER_ADDRESS + 3; i++) {
            HttpResponse<String> answer = post("203.0.113.50", SHOP, person("Flood " + i, "flood" + i + "@spam.example"));
            assertEquals(answer.body(), 429, answer.statusCode());
            long retryAfter = Long.parseLong(answer.headers().firstValue("Retry-After").orElse("0"));
            assertTrue("Retry-After " + retryAfter, retryAfter >= 1 && retryAfter <= 60);
            assertTrue(answer.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
            assertTrue(clientsWith("flood" + i + "@spam.example").isEmpty());
        }
        assertEquals(1, clientsWith("flood0@spam.example").size());
        // another sender behind the same proxy is not held back
        assertEquals(200, post("203.0.113.51", SHOP, person("Not a flood", "calm@cliente.example")).statusCode());
    }

    @Test
    public void b2AFilledHoneypotIsAnsweredLikeASuccessAndCreatesNothing() throws Exception {
        Map<String, String> values = person("Robot", "robot@spam.example");
        values.put(SubmissionHoneypot.NAME, "http://cheap-pills.example");
        HttpResponse<String> answer = post("198.51.100.20", SHOP, values);
        assertEquals(answer.body(), 200, answer.statusCode());
        assertEquals("Thank you, we will call you soon.", Api.json(answer).get("message").asText());
        assertTrue(clientsWith("robot@spam.example").isEmpty());
    }

    @Test
    public void b3AnotherOriginGetsNoCorsHeaderAndCannotPost() throws Exception {
        HttpResponse<String> allowed = preflight(SHOP);
        assertEquals(204, allowed.statusCode());
        assertEquals(SHOP, allowed.headers().firstValue("Access-Control-Allow-Origin").orElse(null));
        assertEquals("POST", allowed.headers().firstValue("Access-Control-Allow-Methods").orElse(null));
        HttpResponse<String> foreign = preflight("https://evil.example");
        assertFalse(foreign.headers().toString(), foreign.headers().firstValue("Access-Control-Allow-Origin").isPresent());
        assertFalse(foreign.headers().firstValue("Access-Control-Allow-Methods").isPresent());

        HttpResponse<String> posted = post("198.51.100.30", "https://evil.example", person("Eve", "eve@evil.example"));
        assertEquals(posted.body(), 403, posted.statusCode());
        assertFalse(posted.headers().firstValue("Access-Control-Allow-Origin").isPresent());
        assertTrue(clientsWith("eve@evil.example").isEmpty());
    }

    private static HttpResponse<String> preflight(String origin) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(base() + "/api/public/forms/" + formId))
                .header("Origin", origin).header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "content-type").header("X-Forwarded-For", "198.51.100.31")
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    public void b4BadInputIsRefusedNamingThePagesInputsAndCreatesNothing() throws Exception {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("email", "not-an-address");
        values.put("lang", "de");
        HttpResponse<String> answer = post("198.51.100.40", SHOP, values);
        Api.assertInvalid(answer, "fullName", "email", "lang", "consent");
        assertEquals("the page's script can read the errors", SHOP,
                answer.headers().firstValue("Access-Control-Allow-Origin").orElse(null));

        HttpResponse<String> large = send("198.51.100.41", SHOP, "application/x-www-form-urlencoded",
                "note=" + "x".repeat(MAX_BYTES + 1), formId);
        assertEquals(large.body(), 413, large.statusCode());
        HttpResponse<String> text = send("198.51.100.42", SHOP, "text/plain", "hello", formId);
        assertEquals(text.body(), 415, text.statusCode());
        HttpResponse<String> unknown = send("198.51.100.43", SHOP, "application/json", "{}", "no-such-form");
        assertEquals(unknown.body(), 404, unknown.statusCode());
        String disabled = Api.created(api.post("/api/automation/forms", form("Old form", false))).get("id").asText();
        HttpResponse<String> off = send("198.51.100.44", SHOP, "application/json",
                "{\"fullName\":\"Ana\",\"email\":\"ana@cliente.example\",\"consent\":\"yes\"}", disabled);
        assertEquals(off.body(), 404, off.statusCode());
        assertTrue(clientsWith("ana@cliente.example").isEmpty());
    }

    @Test
    public void c1FormsAreForAdminsAndTheirMistakesAreNamed() throws Exception {
        Api sales = api.signIn("maria", PASSWORD);
        assertEquals(403, sales.get("/api/automation/forms").statusCode());
        assertEquals(403, sales.get("/api/automation/forms/" + formId + "/snippet").statusCode());
        assertEquals(403, sales.post("/api/automation/forms", form("Mine", true)).statusCode());
        assertEquals(401, atrium.anonymous().get("/api/automation/forms").statusCode());

        Api.assertInvalid(api.post("/api/automation/forms", "{\"name\":\"\",\"fields\":[{\"name\":\"x\",\"label\":\"X\","
                + "\"target\":\"customFields.nope\"}],\"allowedOrigins\":[\"https://shop.example.com/contact\"],"
                + "\"responsibleManagerId\":\"nobody\"}"),
                "name", "fields[0].target", "fields", "allowedOrigins[0]", "responsibleManagerId");
    }

    @Test
    public void c2TheSnippetPostsToThePublicEndpointWithItsTextsEscaped() throws Exception {
        HttpResponse<String> snippet = api.get("/api/automation/forms/" + formId + "/snippet");
        assertEquals(snippet.body(), 200, snippet.statusCode());
        assertTrue(snippet.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
        String html = snippet.body();
        // the address the admin called, which is the public one unless form.public.url says otherwise
        assertTrue(html, html.matches("(?s).*action=\"http://(localhost|127\\.0\\.0\\.1):\\d+/api/public/forms/" + formId + "\".*"));
        assertTrue(html, html.contains("Your &lt;name&gt; *"));
        assertFalse(html, html.contains("<name>"));
        assertTrue(html, html.contains("Atrium &amp; Co"));
        assertTrue(html, html.contains("name=\"" + SubmissionHoneypot.NAME + "\""));
        assertTrue(html, html.contains("<textarea id=\"atrium-" + formId + "-note\" name=\"note\""));
        assertTrue(html, html.contains("type=\"email\""));
    }

    /** The honeypot input every form has. */
    private static final class SubmissionHoneypot {
        static final String NAME = "homepage";
    }
}
