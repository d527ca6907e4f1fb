package org.atriumcrm.distribution;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFilePut;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
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
 * old one 404, and one address cannot read feeds without limit.
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

    @BeforeClass
    public static void startAtrium() throws Exception {
        atrium = RunningAtrium.start("calendar",
                editConfigurationFilePut("etc/org.atriumcrm.calendar.cfg", "feed.rate.per.minute", Integer.toString(FEEDS_PER_MINUTE)));
        api = atrium.api();
        Api.created(api.post("/api/roles", "{\"id\":\"own-seller\",\"label\":\"Own seller\",\"grants\":{"
                + "\"clients\":{\"access\":[\"READ\",\"WRITE\"],\"scope\":\"OWN\",\"hiddenFields\":[]},"
                + "\"tasks\":{\"access\":[\"READ\",\"WRITE\"],\"scope\":\"OWN\",\"hiddenFields\":[]},"
                + "\"activities\":{\"access\":[\"READ\",\"WRITE\"],\"scope\":\"OWN\",\"hiddenFields\":[\"objective\"]}}}"));
        String carlaId = newUser("carla");
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
        String user = JSON.createObjectNode().put("username", username).put("displayName", username + " Test")
                .put("email", username + "@example.com").put("locale", "en").put("team", username).put("password", PASSWORD)
                .set("roles", JSON.createArrayNode().add("own-seller")).toString();
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
