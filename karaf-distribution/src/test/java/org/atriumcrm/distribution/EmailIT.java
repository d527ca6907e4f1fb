package org.atriumcrm.distribution;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFilePut;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

/**
 * The message channels over real HTTP: e-mail through real SMTP (GreenMail in the test), SMS through
 * an HTTP gateway in the test (a provider's API cannot be installed here). A rule sends a template in
 * each client's language, the delivery is on the client's timeline, the unsubscribe link works
 * without login and stops every later e-mail to that client; templates are refused to roles without
 * the automation section, checked for syntax, and previewed only for clients the caller reaches.
 */
@FixMethodOrder(MethodSorters.NAME_ASCENDING)
public class EmailIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String PASSWORD = "a long passphrase for tests";
    private static final Pattern UNSUBSCRIBE = Pattern.compile("/api/unsubscribe/[A-Za-z0-9._-]+");
    private static final int UNSUBSCRIBE_PER_MINUTE = 20;

    private static GreenMail smtp;
    private static SmsGateway gateway;
    private static RunningAtrium atrium;
    private static Api api;
    private static String maria;
    private static String mila;

    @BeforeClass
    public static void startAtriumAndMailServer() throws Exception {
        int smtpPort = AtriumOptions.freePort();
        smtp = new GreenMail(new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        gateway = SmsGateway.start();
        atrium = RunningAtrium.start("email",
                editConfigurationFilePut("etc/org.atriumcrm.sms.cfg", "gateway.url", gateway.url()),
                editConfigurationFilePut("etc/org.atriumcrm.sms.cfg", "auth.header.value", "Bearer " + SmsGateway.KEY),
                editConfigurationFilePut("etc/org.atriumcrm.automation.cfg", "retry.first.delay.seconds", "1"),
                editConfigurationFilePut("etc/org.atriumcrm.mail.cfg", "smtp.host", "127.0.0.1"),
                editConfigurationFilePut("etc/org.atriumcrm.mail.cfg", "smtp.port", Integer.toString(smtpPort)),
                editConfigurationFilePut("etc/org.atriumcrm.mail.cfg", "from.address", "crm@atrium.example"),
                editConfigurationFilePut("etc/org.atriumcrm.mail.cfg", "unsubscribe.rate.per.minute",
                        Integer.toString(UNSUBSCRIBE_PER_MINUTE)));
        api = atrium.api();
        Api.created(api.post("/api/custom-fields", "{\"recordKind\":\"CLIENT\",\"key\":\"language\",\"label\":\"Language\",\"type\":\"TEXT\"}"));
        maria = newUser("maria", "sales");
        // reads only its own clients, without their e-mails, and may work on templates
        Api.created(api.post("/api/roles", "{\"id\":\"mailer\",\"label\":\"Mailer\",\"grants\":{"
                + "\"clients\":{\"access\":[\"READ\"],\"scope\":\"OWN\",\"hiddenFields\":[\"emails\"]},"
                + "\"automation\":{\"access\":[\"READ\",\"WRITE\"],\"scope\":\"ALL\",\"hiddenFields\":[]}}}"));
        mila = newUser("mila", "mailer");
    }

    @AfterClass
    public static void stop() {
        if (atrium != null) {
            atrium.stop();
        }
        if (smtp != null) {
            smtp.stop();
        }
        if (gateway != null) {
            gateway.stop();
        }
    }

    private static String newUser(String username, String role) throws Exception {
        String user = JSON.createObjectNode().put("username", username).put("displayName", username + " Test")
                .put("email", username + "@example.com").put("locale", "en").put("team", "north").put("password", PASSWORD)
                .set("roles", JSON.createArrayNode().add(role)).toString();
        return Api.created(api.post("/api/users", user)).get("id").asText();
    }

    private static String welcomeTemplate() throws Exception {
        return Api.created(api.post("/api/automation/templates", "{\"name\":\"Welcome\",\"variants\":{"
                + "\"en\":{\"subject\":\"Welcome, {{client.name}}\",\"text\":\"Hello {{contact.firstName}}, thank you for choosing us.\","
                + "\"html\":\"<p>Hello <b>{{contact.firstName}}</b>, thank you for choosing us.</p>\"},"
                + "\"es\":{\"subject\":\"Bienvenido, {{client.name}}\",\"text\":\"Hola {{contact.firstName}}, gracias por elegirnos.\"}}}"))
                .get("id").asText();
    }

    private static String rule(String name, String trigger, String marker, String templateId) {
        return "{\"name\":\"" + name + "\",\"enabled\":true,\"trigger\":{\"type\":\"" + trigger + "\"},"
                + "\"conditions\":{\"all\":[{\"field\":\"name\",\"op\":\"contains\",\"value\":\"" + marker + "\"}]},"
                + "\"actions\":[{\"type\":\"core.send-email\",\"arguments\":{\"template\":\"" + templateId + "\"}}]}";
    }

    private static String client(String name, String email, String language, String contact, String owner) {
        return "{\"kind\":\"ORGANIZATION\",\"name\":\"" + name + "\",\"status\":\"LEAD\",\"emails\":[\"" + email + "\"],"
                + "\"responsibleManagerId\":\"" + owner + "\""
                + (contact == null ? "" : ",\"contacts\":[{\"name\":\"" + contact + "\"}]")
                + (language == null ? "" : ",\"customFields\":{\"language\":\"" + language + "\"}") + "}";
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

    /** Every text part of a message (plain and HTML), decoded. */
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

    private static List<JsonNode> messagesOnTimeline(String clientId) throws Exception {
        List<JsonNode> messages = new ArrayList<>();
        Api.json(api.get("/api/clients/" + clientId + "/timeline")).get("items").forEach(entry -> {
            if (entry.get("kind").asText().equals("message")) {
                messages.add(entry);
            }
        });
        return messages;
    }

    @Test
    public void aRuleSendsTheWelcomeInTheClientsLanguageAndTheUnsubscribeLinkStopsLaterEmails() throws Exception {
        String template = welcomeTemplate();
        Api.created(api.post("/api/automation/rules", rule("Welcome new leads", "client.created", "Kappa", template)));
        String spanishBody = client("Kappa Ibérica", "hola@kappa.example", "es", "Lucía Pérez", maria);
        String englishBody = client("Kappa Trading", "hello@kappa.example", null, "John Smith", maria);
        String spanish = Api.created(api.post("/api/clients?confirmedNew=true", spanishBody)).get("id").asText();
        String english = Api.created(api.post("/api/clients?confirmedNew=true", englishBody)).get("id").asText();

        MimeMessage es = awaitMailTo("hola@kappa.example", 1).get(0);
        assertEquals("Bienvenido, Kappa Ibérica", es.getSubject());
        String esBody = textOf(es);
        assertTrue(esBody, esBody.contains("Hola Lucía, gracias por elegirnos."));
        assertTrue("the unsubscribe line in Spanish: " + esBody, esBody.contains("Darse de baja"));
        assertEquals("crm@atrium.example", es.getFrom()[0].toString().replaceAll(".*<|>.*", ""));
        MimeMessage en = awaitMailTo("hello@kappa.example", 1).get(0);
        assertEquals("Welcome, Kappa Trading", en.getSubject());
        String enBody = textOf(en);
        assertTrue(enBody, enBody.contains("Hello John, thank you for choosing us."));
        assertTrue("an HTML part beside the text: " + enBody, enBody.contains("<b>John</b>"));

        // the delivery log is on the timeline: queued, then sent once the server took it
        Instant deadline = Instant.now().plus(Duration.ofSeconds(10));
        List<JsonNode> messages = messagesOnTimeline(spanish);
        while (Instant.now().isBefore(deadline) && (messages.isEmpty() || !messages.get(0).get("summary").asText().startsWith("sent"))) {
            Thread.sleep(200);
            messages = messagesOnTimeline(spanish);
        }
        assertEquals(messages.toString(), 1, messages.size());
        assertEquals("Bienvenido, Kappa Ibérica", messages.get(0).get("title").asText());
        assertTrue(messages.get(0).toString(), messages.get(0).get("summary").asText().startsWith("sent to hola@kappa.example"));

        // the link works without login; a forged one does nothing
        Matcher link = UNSUBSCRIBE.matcher(esBody);
        assertTrue(esBody, link.find());
        String path = link.group();
        String forged = path.substring(0, path.length() - 4) + (path.endsWith("AAAA") ? "BBBB" : "AAAA");
        assertEquals(404, atrium.anonymous().get(forged).statusCode());
        HttpResponse<String> unsubscribed = atrium.anonymous().get(path);
        assertEquals(unsubscribed.body(), 200, unsubscribed.statusCode());
        assertTrue(unsubscribed.body(), unsubscribed.body().contains("lang=\"es\""));

        // a later rule mails both on any change: the one who left gets nothing, the other gets it
        Api.created(api.post("/api/automation/rules", rule("Tell about changes", "client.updated", "Kappa", template)));
        for (String[] client : List.of(new String[] {spanish, spanishBody}, new String[] {english, englishBody})) {
            String changed = client[1].replaceFirst("\\}$", ",\"sector\":\"Retail\"}");
            HttpResponse<String> updated = api.put("/api/clients/" + client[0], "\"1\"", changed);
            assertEquals(updated.body(), 200, updated.statusCode());
        }
        awaitMailTo("hello@kappa.example", 2);
        Thread.sleep(1_500);
        assertEquals(1, mailTo("hola@kappa.example").size());
        String runs = api.get("/api/automation/runs?recordId=" + spanish).body();
        assertTrue(runs, runs.contains("opted out"));
    }

    @Test
    public void aRuleSendsAnSmsThroughTheGatewayEscapedForItsBodyAndRetriesWhileTheGatewayIsAway() throws Exception {
        String template = Api.created(api.post("/api/automation/templates", "{\"name\":\"Sms welcome\",\"variants\":{"
                + "\"en\":{\"subject\":\"Welcome\",\"text\":\"Hello {{contact.firstName}}, see you soon\"},"
                + "\"es\":{\"subject\":\"Bienvenida\",\"text\":\"Hola {{contact.firstName}} & \\\"amigos\\\", hasta pronto\"}}}"))
                .get("id").asText();
        Api.created(api.post("/api/automation/rules", "{\"name\":\"SMS to new leads\",\"enabled\":true,"
                + "\"trigger\":{\"type\":\"client.created\"},"
                + "\"conditions\":{\"all\":[{\"field\":\"name\",\"op\":\"contains\",\"value\":\"Sigma\"}]},"
                + "\"actions\":[{\"type\":\"core.send-sms\",\"arguments\":{\"template\":\"" + template + "\"}}]}"));
        gateway.refuseNext(503);
        String body = "{\"kind\":\"ORGANIZATION\",\"name\":\"Sigma Ibérica\",\"status\":\"LEAD\",\"phones\":[\"+7 921 765-43-21\"],"
                + "\"responsibleManagerId\":\"" + maria + "\",\"contacts\":[{\"name\":\"Lucía Pérez\"}],"
                + "\"customFields\":{\"language\":\"es\"}}";
        String sigma = Api.created(api.post("/api/clients?confirmedNew=true", body)).get("id").asText();

        List<SmsGateway.Request> requests = gateway.awaitRequests(2, Duration.ofSeconds(30));
        for (SmsGateway.Request request : requests) {
            assertEquals("Bearer " + SmsGateway.KEY, request.authorization());
            JsonNode sent = JSON.readTree(request.body());
            assertEquals(request.body(), "+79217654321", sent.get("to").asText());
            assertEquals(request.body(), "Hola Lucía & \"amigos\", hasta pronto", sent.get("text").asText());
            assertEquals("Atrium", sent.get("from").asText());
        }

        // the refusal and the send are both in the delivery log on the timeline, the send with the gateway's id
        Instant deadline = Instant.now().plus(Duration.ofSeconds(10));
        List<JsonNode> messages = messagesOnTimeline(sigma);
        while (Instant.now().isBefore(deadline) && (messages.size() < 2 || !messages.get(0).get("summary").asText().startsWith("sent"))) {
            Thread.sleep(200);
            messages = messagesOnTimeline(sigma);
        }
        assertEquals(messages.toString(), 2, messages.size());
        assertTrue(messages.toString(), messages.get(0).get("summary").asText().startsWith("sent to +79217654321"));
        assertTrue(messages.toString(), messages.get(1).toString().contains("503"));
        String runs = api.get("/api/automation/runs?recordId=" + sigma).body();
        assertTrue(runs, runs.contains("SMS (es"));
    }

    /** After the sends above (by name): the log of every channel, newest first, a page at a time, kept to the caller's scope. */
    @Test
    public void bTheDeliveryLogListsEveryChannelsMessagesNewestFirstWithinTheCallersScope() throws Exception {
        String milas = Api.created(api.post("/api/clients?confirmedNew=true",
                client("Kappa Mila", "mila@kappa.example", null, null, mila))).get("id").asText();
        awaitMailTo("mila@kappa.example", 1);
        List<JsonNode> all = new ArrayList<>();
        Instant deadline = Instant.now().plus(Duration.ofSeconds(10));
        do {
            all.clear();
            Api.json(api.get("/api/automation/deliveries?limit=200")).get("items").forEach(all::add);
        } while (all.stream().noneMatch(d -> d.get("clientId").asText().equals(milas) && d.get("status").asText().equals("SENT"))
                && Instant.now().isBefore(deadline) && sleep());
        assertTrue(all.toString(), all.stream().anyMatch(d -> d.get("address").asText().equals("hola@kappa.example")));
        assertTrue(all.toString(), all.stream().anyMatch(d -> d.get("channel").asText().equals("sms")
                && d.get("address").asText().equals("+79217654321") && d.get("status").asText().equals("SENT")));
        for (int i = 1; i < all.size(); i++) {
            assertTrue("newest first", Instant.parse(all.get(i - 1).get("queuedAt").asText())
                    .compareTo(Instant.parse(all.get(i).get("queuedAt").asText())) >= 0);
        }
        JsonNode sms = Api.json(api.get("/api/automation/deliveries?channel=sms"));
        assertTrue(sms.toString(), sms.get("items").size() >= 2);
        sms.get("items").forEach(d -> assertEquals("sms", d.get("channel").asText()));

        // a page at a time: the second page goes on where the first ended
        JsonNode first = Api.json(api.get("/api/automation/deliveries?limit=2"));
        assertEquals(2, first.get("items").size());
        JsonNode second = Api.json(api.get("/api/automation/deliveries?limit=2&after=" + first.get("next").asText()));
        assertEquals(all.get(2).get("id").asText(), second.get("items").get(0).get("id").asText());
        Api.assertInvalid(api.get("/api/automation/deliveries?limit=0&after=yesterday"), "limit", "after");

        // mila reaches her own clients only, and her role hides their e-mails
        Api mailer = api.signIn("mila", PASSWORD);
        JsonNode hers = Api.json(mailer.get("/api/automation/deliveries?limit=200")).get("items");
        assertTrue(hers.toString(), hers.size() >= 1);
        hers.forEach(d -> assertEquals(d.toString(), milas, d.get("clientId").asText()));
        assertTrue(hers.toString(), hers.get(0).get("address").isNull());
        String marias = all.stream().filter(d -> d.get("address").asText().equals("hola@kappa.example")).findFirst().orElseThrow()
                .get("clientId").asText();
        assertEquals(404, mailer.get("/api/automation/deliveries?clientId=" + marias).statusCode());
        assertEquals(403, api.signIn("maria", PASSWORD).get("/api/automation/deliveries").statusCode());
        assertEquals(401, atrium.anonymous().get("/api/automation/deliveries").statusCode());
    }

    private static boolean sleep() throws InterruptedException {
        Thread.sleep(200);
        return true;
    }

    @Test
    public void templatesAreRefusedToRolesWithoutTheAutomationSection() throws Exception {
        Api salesman = api.signIn("maria", PASSWORD);
        assertEquals(403, salesman.get("/api/automation/templates").statusCode());
        assertEquals(403, salesman.post("/api/automation/templates",
                "{\"name\":\"Mine\",\"variants\":{\"en\":{\"subject\":\"x\",\"text\":\"y\"}}}").statusCode());
        assertEquals(401, atrium.anonymous().get("/api/automation/templates").statusCode());
        assertFalse(api.get("/api/automation/templates").body().contains("\"Mine\""));
    }

    @Test
    public void aTemplateThatDoesNotParseIsRefusedNamingTheField() throws Exception {
        HttpResponse<String> refused = api.post("/api/automation/templates", "{\"name\":\"Broken\",\"variants\":{"
                + "\"en\":{\"subject\":\"Hi {{#client.name}} unclosed\",\"text\":\"fine\"},"
                + "\"ru\":{\"subject\":\"Привет\",\"text\":\"{{/contact}}\"},\"de\":{\"subject\":\"Hallo\",\"text\":\"x\"}}}");
        Api.assertInvalid(refused, "variants.en.subject", "variants.ru.text", "variants.de");
        assertFalse(api.get("/api/automation/templates").body().contains("\"Broken\""));
    }

    @Test
    public void aPreviewRendersOnlyForClientsTheCallerReachesAndWithoutTheFieldsHiddenFromIt() throws Exception {
        String template = Api.created(api.post("/api/automation/templates", "{\"name\":\"Preview\",\"variants\":{"
                + "\"en\":{\"subject\":\"For {{client.name}}\",\"text\":\"Your address: {{client.emails}}.\","
                + "\"html\":\"<p>{{client.name}}</p>\"}}}")).get("id").asText();
        String milas = Api.created(api.post("/api/clients?confirmedNew=true",
                client("Lambda <Shop>", "mail@lambda.example", null, null, mila))).get("id").asText();
        String marias = Api.created(api.post("/api/clients?confirmedNew=true",
                client("Mu Foods", "mail@mu.example", null, null, maria))).get("id").asText();
        String preview = "/api/automation/templates/" + template + "/preview";

        JsonNode asAdmin = Api.json(api.post(preview, "{\"clientId\":\"" + milas + "\"}"));
        assertEquals("For Lambda <Shop>", asAdmin.get("subject").asText());
        assertTrue(asAdmin.toString(), asAdmin.get("text").asText().contains("mail@lambda.example"));
        assertEquals("escaped in HTML", "<p>Lambda &lt;Shop&gt;</p>", asAdmin.get("html").asText());

        Api mailer = api.signIn("mila", PASSWORD);
        HttpResponse<String> own = mailer.post(preview, "{\"clientId\":\"" + milas + "\"}");
        assertEquals(own.body(), 200, own.statusCode());
        assertFalse("hidden e-mails never render: " + own.body(), own.body().contains("lambda.example"));
        assertEquals(404, mailer.post(preview, "{\"clientId\":\"" + marias + "\"}").statusCode());
        assertEquals(404, api.post(preview, "{\"clientId\":\"no-such-client\"}").statusCode());
        assertNotNull(Api.json(api.get("/api/automation/templates/" + template)).get("variants").get("en"));
    }

    /** Last (by name): it spends this address's unsubscribe allowance for the minute. */
    @Test
    public void zUnsubscribeRequestsFromOneAddressAreRateLimited() throws Exception {
        int limited = 0;
        for (int i = 0; i < UNSUBSCRIBE_PER_MINUTE + 5; i++) {
            HttpResponse<String> reply = atrium.anonymous().get("/api/unsubscribe/00000000-0000-0000-0000-00000000000" + (i % 10) + ".x");
            if (reply.statusCode() == 429) {
                limited++;
                assertTrue(reply.headers().firstValue("Retry-After").isPresent());
            } else {
                assertEquals(404, reply.statusCode());
            }
        }
        assertTrue("some requests were refused with 429", limited >= 5);
    }
}
