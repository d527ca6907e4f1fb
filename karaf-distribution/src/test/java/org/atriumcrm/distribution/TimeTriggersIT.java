package org.atriumcrm.distribution;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFilePut;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
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
import org.ops4j.pax.exam.Option;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

/**
 * Time-based triggers over real HTTP, with the engine's clock moved ahead by {@code clock.offset.days}
 * between starts on one database: a deal left in its stage gets one follow-up task when the week passed
 * while Atrium was down, none more after a restart, and one more for a new stage it then sits in; a
 * birthday is greeted once on its day through real SMTP (GreenMail), and an opted-out client gets nothing.
 * The records are stamped by the real clock, so to the engine they are as old as its offset.
 */
@FixMethodOrder(MethodSorters.NAME_ASCENDING)
public class TimeTriggersIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String PASSWORD = "a long passphrase for tests";
    private static final String STUCK_RULE = "00000000-0000-4000-8000-00000000a001";
    private static final String BIRTHDAY_RULE = "00000000-0000-4000-8000-00000000a002";
    private static final String BIRTHDAY_TEMPLATE = "00000000-0000-4000-8000-00000000b001";
    private static final String QUALIFICATION = "00000000-0000-4000-8000-000000000012";
    private static final String FOLLOW_UP = "Follow up: the deal has not moved for 7 days";
    private static final Pattern UNSUBSCRIBE = Pattern.compile("/api/unsubscribe/[A-Za-z0-9._-]+");

    private static GreenMail smtp;
    private static int smtpPort;
    private static RunningAtrium atrium;
    private static Api api;
    private static String maria;

    @BeforeClass
    public static void startAtriumAndMailServer() throws Exception {
        smtpPort = AtriumOptions.freePort();
        smtp = new GreenMail(new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        atrium = RunningAtrium.start("time-triggers", options(0));
        api = atrium.api();
        String user = JSON.createObjectNode().put("username", "maria").put("displayName", "Maria Test")
                .put("email", "maria@example.com").put("locale", "en").put("team", "north").put("password", PASSWORD)
                .set("roles", JSON.createArrayNode().add("sales")).toString();
        maria = Api.created(api.post("/api/users", user)).get("id").asText();
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

    /** The tests' settings, with the engine's clock {@code days} ahead. */
    private static Option[] options(int days) {
        return new Option[] {
            editConfigurationFilePut("etc/org.atriumcrm.automation.cfg", "clock.offset.days", Integer.toString(days)),
            editConfigurationFilePut("etc/org.atriumcrm.automation.cfg", "retry.first.delay.seconds", "1"),
            editConfigurationFilePut("etc/org.atriumcrm.mail.cfg", "smtp.host", "127.0.0.1"),
            editConfigurationFilePut("etc/org.atriumcrm.mail.cfg", "smtp.port", Integer.toString(smtpPort)),
            editConfigurationFilePut("etc/org.atriumcrm.mail.cfg", "from.address", "crm@atrium.example"),
        };
    }

    private static JsonNode rule(String id) throws Exception {
        HttpResponse<String> found = api.get("/api/automation/rules/" + id);
        assertEquals(found.body(), 200, found.statusCode());
        return Api.json(found);
    }

    private static void enable(String id) throws Exception {
        JsonNode rule = rule(id);
        ObjectNode body = JSON.createObjectNode().put("name", rule.get("name").asText()).put("enabled", true);
        body.set("trigger", rule.get("trigger"));
        body.set("conditions", rule.get("conditions"));
        body.set("actions", rule.get("actions"));
        HttpResponse<String> changed = api.put("/api/automation/rules/" + id, "*", body.toString());
        assertEquals(changed.body(), 200, changed.statusCode());
    }

    private static List<JsonNode> items(String path) throws Exception {
        List<JsonNode> items = new ArrayList<>();
        JsonNode page = Api.json(api.get(path));
        (page.has("items") ? page.get("items") : page).forEach(items::add);
        return items;
    }

    private static List<JsonNode> tasksOf(String clientId, String title) throws Exception {
        return items("/api/tasks?clientId=" + clientId).stream().filter(task -> task.get("title").asText().equals(title)).toList();
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

    /** Every text part of a message, decoded. */
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

    /**
     * Waits until {@code done} holds for what {@code read} gives. A start's sweep comes soon after it, but on a
     * loaded machine the runs it opens, each a job of its own, took over a minute to send their mail.
     */
    private static <T> T await(Reader<T> read, Predicate<T> done) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(180));
        T value = read.read();
        while (!done.test(value) && Instant.now().isBefore(deadline)) {
            Thread.sleep(250);
            value = read.read();
        }
        return value;
    }

    private interface Reader<T> {
        T read() throws Exception;
    }

    private static String contact(String name, String email, LocalDate birthday) {
        return "{\"name\":\"" + name + "\",\"emails\":[\"" + email + "\"],\"birthday\":\"" + birthday + "\"}";
    }

    private static String client(String name, String extra) throws Exception {
        return Api.created(api.post("/api/clients?confirmedNew=true", "{\"kind\":\"ORGANIZATION\",\"name\":\"" + name
                + "\",\"status\":\"ACTIVE\",\"responsibleManagerId\":\"" + maria + "\"" + extra + "}")).get("id").asText();
    }

    @Test
    public void a_theExampleRulesAreInstalledSwitchedOff() throws Exception {
        JsonNode stuck = rule(STUCK_RULE);
        assertFalse(stuck.get("enabled").asBoolean());
        assertTrue(stuck.get("active").asBoolean());
        assertEquals("opportunity.stuck", stuck.get("trigger").get("type").asText());
        assertEquals("7", stuck.get("trigger").get("arguments").get("days").asText());
        JsonNode birthday = rule(BIRTHDAY_RULE);
        assertFalse(birthday.get("enabled").asBoolean());
        assertTrue(birthday.toString(), birthday.get("active").asBoolean());
        assertEquals(BIRTHDAY_TEMPLATE, birthday.get("actions").get(0).get("arguments").get("template").asText());
        assertEquals(200, api.get("/api/automation/templates/" + BIRTHDAY_TEMPLATE).statusCode());
        String triggers = api.get("/api/automation/triggers").body();
        assertTrue(triggers, triggers.contains("\"opportunity.stuck\"") && triggers.contains("\"date.reached\""));
    }

    @Test
    public void b_badArgumentsOfATimeTriggerAreRefusedNamingThem() throws Exception {
        String task = "\"actions\":[{\"type\":\"core.create-task\",\"arguments\":{\"title\":\"x\"}}]}";
        Api.assertInvalid(api.post("/api/automation/rules", "{\"name\":\"Never\",\"enabled\":true,"
                + "\"trigger\":{\"type\":\"opportunity.stuck\",\"arguments\":{\"days\":\"0\"}}," + task), "trigger.arguments.days");
        Api.assertInvalid(api.post("/api/automation/rules", "{\"name\":\"Never\",\"enabled\":true,"
                + "\"trigger\":{\"type\":\"opportunity.stuck\",\"arguments\":{}}," + task), "trigger.arguments.days");
        Api.assertInvalid(api.post("/api/automation/rules", "{\"name\":\"Never\",\"enabled\":true,"
                + "\"trigger\":{\"type\":\"date.reached\",\"arguments\":{\"field\":\"customFields.nothing\",\"offsetDays\":\"-99999\"}},"
                + task), "trigger.arguments.field", "trigger.arguments.offsetDays");
    }

    @Test
    public void c_aWeekLaterTheDealGetsOneFollowUpAndTheBirthdayOneGreetingAcrossRestarts() throws Exception {
        // the day that will be "today" once the clock is 8 days ahead
        LocalDate dayAhead = LocalDate.now().plusDays(8);
        Api.created(api.post("/api/custom-fields", "{\"recordKind\":\"CLIENT\",\"key\":\"contractEnd\",\"label\":\"Contract end\",\"type\":\"DATE\"}"));
        String stuckAMonth = "{\"name\":\"Thirty days\",\"enabled\":true,\"trigger\":{\"type\":\"opportunity.stuck\",\"arguments\":{\"days\":\"30\"}},"
                + "\"actions\":[{\"type\":\"core.create-task\",\"arguments\":{\"title\":\"Thirty days\"}}]}";
        Api.created(api.post("/api/automation/rules", stuckAMonth));
        String contractEnds = "{\"name\":\"Contract ends\",\"enabled\":true,\"trigger\":{\"type\":\"date.reached\","
                + "\"arguments\":{\"field\":\"customFields.contractEnd\",\"offsetDays\":\"-14\"}},"
                + "\"actions\":[{\"type\":\"core.create-task\",\"arguments\":{\"title\":\"Renew the contract\"}}]}";
        Api.created(api.post("/api/automation/rules", contractEnds));
        // a client who leaves the mailing: a first mail, and its unsubscribe link
        Api.created(api.post("/api/automation/rules", "{\"name\":\"Welcome\",\"enabled\":true,\"trigger\":{\"type\":\"client.created\"},"
                + "\"conditions\":{\"all\":[{\"field\":\"name\",\"op\":\"contains\",\"value\":\"Leaving\"}]},"
                + "\"actions\":[{\"type\":\"core.send-email\",\"arguments\":{\"template\":\"" + BIRTHDAY_TEMPLATE + "\",\"to\":\"contact\"}}]}"));

        String trader = client("Stuck Traders", ",\"customFields\":{\"contractEnd\":\"" + dayAhead.plusDays(14) + "\"}");
        String deal = Api.created(api.post("/api/opportunities", "{\"clientId\":\"" + trader + "\",\"title\":\"Stuck deal\",\"ownerId\":\""
                + maria + "\"}")).get("id").asText();
        // Lena is the client's second contact: the greeting goes to her, not to the first one
        String lena = client("Lena Birthday", ",\"contacts\":[" + contact("Ivan Sidorov", "ivan@birthday.example",
                dayAhead.plusMonths(3).withYear(1979)) + "," + contact("Lena Petrova", "lena@birthday.example",
                dayAhead.withYear(1988)) + "]");
        String oleg = client("Oleg Leaving", ",\"contacts\":[" + contact("Oleg Ivanov", "oleg@leaving.example",
                dayAhead.withYear(1988)) + "]");
        List<MimeMessage> welcome = await(() -> mailTo("oleg@leaving.example"), found -> !found.isEmpty());
        String body = textOf(welcome.get(0));
        Matcher link = UNSUBSCRIBE.matcher(body);
        assertTrue(body, link.find());
        assertEquals(200, atrium.anonymous().get(link.group()).statusCode());
        enable(STUCK_RULE);
        enable(BIRTHDAY_RULE);

        // Atrium is down while the week passes; on its return the sweep catches up
        atrium.restart(options(8));
        api = atrium.api();
        List<JsonNode> followUps = await(() -> tasksOf(trader, FOLLOW_UP), found -> !found.isEmpty());
        assertEquals(followUps.toString(), 1, followUps.size());
        assertEquals(maria, followUps.get(0).get("assigneeId").asText());
        assertEquals(deal, followUps.get(0).get("opportunityId").asText());
        List<MimeMessage> greetings = await(() -> mailTo("lena@birthday.example"), found -> !found.isEmpty());
        assertEquals(1, greetings.size());
        assertEquals("Happy birthday, Lena!", greetings.get(0).getSubject());
        assertTrue("no greeting to the contact whose birthday it is not", mailTo("ivan@birthday.example").isEmpty());
        String olegsRuns = await(() -> api.get("/api/automation/runs?recordId=" + oleg).body(), runs -> runs.contains("opted out"));
        assertTrue(olegsRuns, olegsRuns.contains("opted out") && olegsRuns.contains("date.reached"));
        assertEquals(1, await(() -> tasksOf(trader, "Renew the contract"), found -> !found.isEmpty()).size());

        // the deal moves on: its new stage is an entry of its own
        HttpResponse<String> moved = api.post("/api/opportunities/" + deal + "/stage", "*", "{\"stageId\":\"" + QUALIFICATION + "\"}");
        assertEquals(moved.body(), 200, moved.statusCode());

        atrium.restart(options(9));
        api = atrium.api();
        followUps = await(() -> tasksOf(trader, FOLLOW_UP), found -> found.size() >= 2);
        assertEquals(followUps.toString(), 2, followUps.size());
        Thread.sleep(3_000);
        assertEquals(2, tasksOf(trader, FOLLOW_UP).size());
        List<JsonNode> dealRuns = items("/api/automation/runs?ruleId=" + STUCK_RULE + "&recordId=" + deal);
        assertEquals(dealRuns.toString(), 2, dealRuns.size());
        assertFalse(dealRuns.get(0).get("occurrence").asText().equals(dealRuns.get(1).get("occurrence").asText()));
        assertEquals(1, mailTo("lena@birthday.example").size());
        assertEquals(1, mailTo("oleg@leaving.example").size());
        assertEquals(1, tasksOf(trader, "Renew the contract").size());
        assertEquals(List.of(), tasksOf(trader, "Thirty days"));
        assertEquals(1, items("/api/automation/runs?ruleId=" + BIRTHDAY_RULE + "&recordId=" + lena).size());
    }
}
