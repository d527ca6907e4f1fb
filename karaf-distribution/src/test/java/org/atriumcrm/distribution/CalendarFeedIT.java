package org.atriumcrm.distribution;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFilePut;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.FixMethodOrder;
import org.junit.Test;
import org.junit.runners.MethodSorters;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import biweekly.component.VTodo;

/**
 * Each user's calendar feed over real HTTP, read back with biweekly: the signed-in user makes a secret
 * address, a calendar program reads it without login and finds the user's meetings and open tasks,
 * and nothing of clients out of the user's record scope; rotating or revoking the address makes the
 * old one 404, and one address cannot read feeds without limit. The same users' "what to do now" list holds
 * their own tasks, meetings, birthdays, stuck deals and web leads in that order, and can be done and snoozed.
 */
@FixMethodOrder(MethodSorters.NAME_ASCENDING)
public class CalendarFeedIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String PASSWORD = "a long passphrase for tests";
    private static final int FEEDS_PER_MINUTE = 25;
    private static final Instant MEETS = Instant.now().plus(2, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);

    private static RunningAtrium atrium;
    private static Api api;
    private static Api carla;
    private static Api dan;
    private static String carlaId;

    @BeforeClass
    public static void startAtrium() throws Exception {
        atrium = RunningAtrium.start("calendar",
                editConfigurationFilePut("etc/org.atriumcrm.calendar.cfg", "feed.rate.per.minute", Integer.toString(FEEDS_PER_MINUTE)),
                // deals made now have sat in their stage for ten days by the engine's clock: past the 7-day limit
                editConfigurationFilePut("etc/org.atriumcrm.automation.cfg", "clock.offset.days", "10"));
        api = atrium.api();
        Api.created(api.post("/api/roles", "{\"id\":\"own-seller\",\"label\":\"Own seller\",\"grants\":{"
                + "\"clients\":{\"access\":[\"READ\",\"WRITE\"],\"scope\":\"OWN\",\"hiddenFields\":[]},"
                + "\"tasks\":{\"access\":[\"READ\",\"WRITE\"],\"scope\":\"OWN\",\"hiddenFields\":[]},"
                + "\"activities\":{\"access\":[\"READ\",\"WRITE\"],\"scope\":\"OWN\",\"hiddenFields\":[\"objective\"]}}}"));
        carlaId = newUser("carla");
        String danId = newUser("dan");
        String kappa = client("Kappa Foods", carlaId);
        String lambda = client("Lambda Works", danId);
        activity(kappa, carlaId, "meeting", "Tasting at Kappa", MEETS, "bring the secret recipe");
        activity(kappa, carlaId, "call", "A call is no meeting", MEETS, null);
        activity(lambda, danId, "meeting", "Lambda review", MEETS.plus(1, ChronoUnit.DAYS), null);
        task("Send the offer to Kappa", kappa, carlaId);
        // given to carla by an admin, about a client carla's role does not reach
        task("Chase Lambda's invoice", lambda, carlaId);
        carla = api.signIn("carla", PASSWORD);
        dan = api.signIn("dan", PASSWORD);
    }

    @AfterClass
    public static void stop() {
        if (atrium != null) {
            atrium.stop();
        }
    }

    private static String newUser(String username) throws Exception {
        return newUser(username, "own-seller");
    }

    private static String newUser(String username, String role) throws Exception {
        String user = JSON.createObjectNode().put("username", username).put("displayName", username + " Test")
                .put("email", username + "@example.com").put("locale", "en").put("team", username).put("password", PASSWORD)
                .set("roles", JSON.createArrayNode().add(role)).toString();
        return Api.created(api.post("/api/users", user)).get("id").asText();
    }

    private static String client(String name, String owner) throws Exception {
        return Api.created(api.post("/api/clients?confirmedNew=true", "{\"kind\":\"ORGANIZATION\",\"name\":\"" + name
                + "\",\"status\":\"ACTIVE\",\"responsibleManagerId\":\"" + owner + "\"}")).get("id").asText();
    }

    private static void activity(String clientId, String author, String type, String subject, Instant at, String objective)
            throws Exception {
        Api.created(api.post("/api/activities", "{\"clientId\":\"" + clientId + "\",\"type\":\"" + type + "\",\"subject\":\"" + subject
                + "\",\"occurredAt\":\"" + at + "\",\"durationSeconds\":5400,\"authorId\":\"" + author + "\""
                + (objective == null ? "" : ",\"objective\":\"" + objective + "\"") + "}"));
    }

    private static void task(String title, String clientId, String assignee) throws Exception {
        Api.created(api.post("/api/tasks", "{\"title\":\"" + title + "\",\"clientId\":\"" + clientId + "\",\"assigneeId\":\"" + assignee
                + "\",\"dueAt\":\"" + MEETS.minus(1, ChronoUnit.DAYS) + "\",\"priority\":\"HIGH\"}"));
    }

    private static String dueTask(String title, String clientId, String assignee, Instant due) throws Exception {
        return Api.created(api.post("/api/tasks", "{\"title\":\"" + title + "\",\"clientId\":\"" + clientId + "\",\"assigneeId\":\""
                + assignee + "\",\"dueAt\":\"" + due + "\"}")).get("id").asText();
    }

    private static JsonNode nextActions(Api user, ZoneOffset zone) throws Exception {
        HttpResponse<String> reply = user.get("/api/next-actions?zone=" + URLEncoder.encode(zone.getId(), StandardCharsets.UTF_8));
        assertEquals(reply.body(), 200, reply.statusCode());
        return Api.json(reply).get("items");
    }

    private static List<String> field(JsonNode items, String name) {
        List<String> values = new ArrayList<>();
        items.forEach(item -> values.add(item.path(name).asText()));
        return values;
    }

    private static String key(JsonNode items, String kind) {
        for (JsonNode item : items) {
            if (kind.equals(item.get("kind").asText())) {
                return URLEncoder.encode(item.get("key").asText(), StandardCharsets.UTF_8);
            }
        }
        throw new AssertionError("no " + kind + " in " + items);
    }

    /** The feed's path, from the address Atrium answered. */
    private static String newFeed(Api user) throws Exception {
        JsonNode feed = Api.created(user.post("/api/calendar/feed", ""));
        String url = feed.get("url").asText();
        assertTrue(url, url.matches("http://[^/]+/api/calendar/[A-Za-z0-9_-]{43}\\.ics"));
        return url.substring(url.indexOf("/api/"));
    }

    private static ICalendar read(String path) throws Exception {
        HttpResponse<String> feed = atrium.anonymous().get(path);
        assertEquals(feed.body(), 200, feed.statusCode());
        assertTrue(feed.headers().firstValue("Content-Type").orElse(""), feed.headers().firstValue("Content-Type").orElse("")
                .startsWith("text/calendar"));
        return Biweekly.parse(feed.body()).first();
    }

    private static List<String> summaries(ICalendar calendar) {
        return java.util.stream.Stream.concat(calendar.getEvents().stream().map(event -> event.getSummary().getValue()),
                calendar.getTodos().stream().map(todo -> todo.getSummary().getValue())).toList();
    }

    @Test
    public void aUsersFeedHoldsItsMeetingsAndTasksWithinItsScopeWithoutLogin() throws Exception {
        ICalendar calendar = read(newFeed(carla));
        assertEquals(summaries(calendar).toString(), 1, calendar.getEvents().size());
        VEvent meeting = calendar.getEvents().get(0);
        assertEquals("Tasting at Kappa", meeting.getSummary().getValue());
        assertEquals(MEETS, meeting.getDateStart().getValue().toInstant());
        assertEquals(MEETS.plusSeconds(5400), meeting.getDateEnd().getValue().toInstant());
        assertEquals("the objective is hidden from carla's role", null, meeting.getDescription());
        List<VTodo> todos = calendar.getTodos();
        assertEquals(summaries(calendar).toString(), List.of("Send the offer to Kappa"),
                todos.stream().map(todo -> todo.getSummary().getValue()).toList());
        assertFalse("nothing of a client out of carla's scope: " + summaries(calendar),
                summaries(calendar).stream().anyMatch(summary -> summary.contains("Lambda")));

        List<String> dans = summaries(read(newFeed(dan)));
        assertEquals(List.of("Lambda review"), dans);

        JsonNode status = Api.json(carla.get("/api/calendar/feed"));
        assertTrue(status.toString(), status.get("active").asBoolean());
        assertFalse("the secret is shown once: " + status, status.has("url"));
    }

    @Test
    public void bARotatedOrRevokedAddressAnswers404() throws Exception {
        String first = newFeed(carla);
        read(first);
        String second = newFeed(carla);
        assertEquals(404, atrium.anonymous().get(first).statusCode());
        read(second);
        assertEquals(204, carla.delete("/api/calendar/feed").statusCode());
        HttpResponse<String> revoked = atrium.anonymous().get(second);
        assertEquals(404, revoked.statusCode());
        assertFalse(revoked.body(), revoked.body().contains(second.substring(second.lastIndexOf('/') + 1, second.length() - 4)));
        assertFalse(Api.json(carla.get("/api/calendar/feed")).get("active").asBoolean());
        assertEquals(404, atrium.anonymous().get("/api/calendar/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA.ics").statusCode());
        assertEquals(404, atrium.anonymous().get("/api/calendar/short.ics").statusCode());
        assertEquals(401, atrium.anonymous().post("/api/calendar/feed", "").statusCode());
        assertEquals(401, atrium.anonymous().get("/api/calendar/feed").statusCode());
    }

    @Test
    public void nWhatToDoNowListsTheUsersOwnItemsInOrderAndTheyCanBeDoneOrSnoozed() throws Exception {
        Api.created(api.post("/api/roles", "{\"id\":\"next-seller\",\"label\":\"Seller with deals\",\"grants\":{"
                + "\"clients\":{\"access\":[\"READ\",\"WRITE\"],\"scope\":\"OWN\",\"hiddenFields\":[]},"
                + "\"tasks\":{\"access\":[\"READ\",\"WRITE\"],\"scope\":\"OWN\",\"hiddenFields\":[]},"
                + "\"activities\":{\"access\":[\"READ\",\"WRITE\"],\"scope\":\"OWN\",\"hiddenFields\":[]},"
                + "\"opportunities\":{\"access\":[\"READ\",\"WRITE\"],\"scope\":\"OWN\",\"hiddenFields\":[]}}}"));
        Api.created(api.post("/api/roles", "{\"id\":\"next-seller-untitled\",\"label\":\"Seller not seeing task titles\",\"grants\":{"
                + "\"clients\":{\"access\":[\"READ\"],\"scope\":\"OWN\",\"hiddenFields\":[]},"
                + "\"tasks\":{\"access\":[\"READ\"],\"scope\":\"OWN\",\"hiddenFields\":[\"title\"]}}}"));
        String nina = newUser("nina", "next-seller");
        String oleg = newUser("oleg", "next-seller-untitled");
        Instant now = Instant.now();
        // a zone where it is about noon now, so "today" holds the next hours whenever the test runs
        ZoneOffset zone = ZoneOffset.ofHours(12 - now.atOffset(ZoneOffset.UTC).getHour());
        String born = LocalDate.ofInstant(now, zone).minusYears(40).toString();
        String nu = Api.created(api.post("/api/clients?confirmedNew=true", "{\"kind\":\"ORGANIZATION\",\"name\":\"Nu Bakery\","
                + "\"responsibleManagerId\":\"" + nina + "\",\"contacts\":[{\"name\":\"Vera Nu\",\"birthday\":\"" + born + "\"}]}"))
                .get("id").asText();
        String omicron = Api.created(api.post("/api/clients?confirmedNew=true", "{\"kind\":\"ORGANIZATION\",\"name\":\"Omicron\","
                + "\"responsibleManagerId\":\"" + oleg + "\",\"contacts\":[{\"name\":\"Olga Omicron\",\"birthday\":\"" + born + "\"}]}"))
                .get("id").asText();
        String late = dueTask("Call Nu back", nu, nina, now.minus(1, ChronoUnit.DAYS));
        String soon = dueTask("Send Nu the price list", nu, nina, now.plus(10, ChronoUnit.MINUTES));
        String olegsTask = dueTask("Chase Omicron", omicron, oleg, now.minus(2, ChronoUnit.HOURS));
        // given to nina, about a client only oleg reaches: not hers to see
        dueTask("Omicron's paperwork", omicron, nina, now.minus(3, ChronoUnit.HOURS));
        activity(nu, nina, "meeting", "Tasting at Nu", now.plus(15, ChronoUnit.MINUTES), null);
        String deal = Api.created(api.post("/api/opportunities", "{\"clientId\":\"" + nu + "\",\"ownerId\":\"" + nina
                + "\",\"title\":\"Nu franchise\"}")).get("id").asText();
        Api.created(api.post("/api/opportunities", "{\"clientId\":\"" + omicron + "\",\"ownerId\":\"" + oleg
                + "\",\"title\":\"Omicron deal\"}"));
        String form = Api.created(api.post("/api/automation/forms", "{\"name\":\"Call me\",\"enabled\":true,\"fields\":["
                + "{\"name\":\"fullName\",\"label\":\"Name\",\"target\":\"name\",\"required\":true},"
                + "{\"name\":\"email\",\"label\":\"E-mail\",\"target\":\"email\",\"required\":true}],"
                + "\"thankYouText\":\"Thanks\",\"allowedOrigins\":[],\"responsibleManagerId\":\"" + nina + "\",\"language\":\"en\"}"))
                .get("id").asText();
        HttpResponse<String> lead = atrium.anonymous().post("/api/public/forms/" + form,
                "{\"fullName\":\"Pi Person\",\"email\":\"pi@lead.example\"}");
        assertEquals(lead.body(), 200, lead.statusCode());
        Api asNina = api.signIn("nina", PASSWORD);
        Api asOleg = api.signIn("oleg", PASSWORD);

        JsonNode items = nextActions(asNina, zone);
        assertEquals(items.toString(), List.of("task.overdue", "task.today", "meeting.today", "birthday", "deal.stuck", "lead.web"),
                field(items, "kind"));
        assertEquals(List.of("Call Nu back", "Send Nu the price list", "Tasting at Nu", "Vera Nu (Nu Bakery)", "Nu franchise",
                "Pi Person"), field(items, "title"));
        assertEquals(List.of("task", "task", "activity", "client", "opportunity", "client"), field(items, "recordType"));
        assertEquals(late, items.get(0).get("recordId").asText());
        assertEquals(deal, items.get(4).get("recordId").asText());
        assertEquals(nu, items.get(3).get("clientId").asText());

        JsonNode olegs = nextActions(asOleg, zone);
        assertEquals("oleg's role reads no deals or activities, and hides task titles: " + olegs,
                List.of("task.overdue", "birthday"), field(olegs, "kind"));
        assertEquals(List.of("", "Olga Omicron (Omicron)"), field(olegs, "title"));
        // carla reads no deals: her stuck deal is not shown
        Api.created(api.post("/api/opportunities", "{\"clientId\":\"" + client("Kappa Deal Co", carlaId) + "\",\"ownerId\":\""
                + carlaId + "\",\"title\":\"Kappa deal\"}"));
        assertFalse(nextActions(carla, zone).toString(), nextActions(carla, zone).toString().contains("deal.stuck"));

        String taskKey = key(items, "task.today");
        String birthdayKey = key(items, "birthday");
        HttpResponse<String> readOnly = asOleg.post("/api/next-actions/" + key(olegs, "task.overdue") + "/done", "");
        assertEquals("oleg reads tasks but may not complete them: " + readOnly.body(), 403, readOnly.statusCode());
        assertEquals("OPEN", Api.json(api.get("/api/tasks/" + olegsTask)).get("status").asText());
        assertEquals("another user's item is not there for oleg", 404, asOleg.post("/api/next-actions/" + taskKey + "/done", "").statusCode());
        assertEquals(404, asOleg.post("/api/next-actions/" + birthdayKey + "/snooze", "{\"until\":\"" + now.plusSeconds(3600) + "\"}")
                .statusCode());
        assertEquals(404, asNina.post("/api/next-actions/core:task:no-such-task/done", "").statusCode());
        Api.assertInvalid(asNina.post("/api/next-actions/" + birthdayKey + "/snooze", "{\"until\":\"" + now.minusSeconds(60) + "\"}"), "until");
        Api.assertInvalid(asNina.post("/api/next-actions/" + birthdayKey + "/snooze", "{\"until\":\"tomorrow\"}"), "until");
        Api.assertInvalid(asNina.post("/api/next-actions/" + birthdayKey + "/snooze", "{}"), "until");
        Api.assertInvalid(asNina.get("/api/next-actions?zone=Mars/Olympus"), "zone");
        assertEquals(401, atrium.anonymous().get("/api/next-actions").statusCode());

        assertEquals(204, asNina.post("/api/next-actions/" + birthdayKey + "/snooze", "{\"until\":\"" + now.plusSeconds(3600) + "\"}")
                .statusCode());
        assertEquals(204, asNina.post("/api/next-actions/" + taskKey + "/done", "").statusCode());
        assertEquals("the task is done", "DONE", Api.json(api.get("/api/tasks/" + soon)).get("status").asText());
        assertEquals(204, asNina.post("/api/next-actions/" + key(items, "lead.web") + "/done", "").statusCode());
        assertEquals(204, asNina.post("/api/next-actions/" + key(items, "meeting.today") + "/done", "").statusCode());
        assertEquals(List.of("task.overdue", "deal.stuck"), field(nextActions(asNina, zone), "kind"));
        assertEquals("oleg's list is his own", List.of("task.overdue", "birthday"), field(nextActions(asOleg, zone), "kind"));
    }

    /** Last (by name): it spends this address's feed allowance for the minute. */
    @Test
    public void zOneAddressCannotReadFeedsWithoutLimit() throws Exception {
        String feed = newFeed(dan);
        int limited = 0;
        for (int i = 0; i < FEEDS_PER_MINUTE + 5; i++) {
            HttpResponse<String> reply = atrium.anonymous().get(i % 2 == 0 ? feed : "/api/calendar/guess" + i + ".ics");
            if (reply.statusCode() == 429) {
                limited++;
                assertTrue(reply.headers().firstValue("Retry-After").isPresent());
            } else {
                assertTrue(reply.body(), reply.statusCode() == 200 || reply.statusCode() == 404);
            }
        }
        assertTrue("some requests were refused with 429: " + limited, limited >= 5);
    }
}
