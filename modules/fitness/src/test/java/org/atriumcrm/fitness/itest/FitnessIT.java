package org.atriumcrm.fitness.itest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.inject.Inject;

import org.apache.karaf.features.FeaturesService;
import org.atriumcrm.fitness.itest.AdminApi.Reply;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;

/**
 * The fitness module installed into a running Atrium and used over HTTP the way the front desk
 * and the access-control system use it: plans, memberships, freezes and check-ins.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class FitnessIT {

    private static final String FEATURE = "atrium-fitness";
    private static final String PLANS = "/api/fitness/plans";
    private static final String MEMBERSHIPS = "/api/fitness/memberships";
    private static final String CHECKINS = "/api/fitness/checkins";

    /** One container for the class: signed in and installed once, by the first test. */
    private static AdminApi api;
    private static String clientId;

    @Inject
    private FeaturesService features;

    @Configuration
    public Option[] configuration() {
        return AtriumContainer.options();
    }

    @Before
    public void moduleInstalled() throws Exception {
        if (api != null) {
            return;
        }
        AdminApi admin = AdminApi.signIn();
        AdminApi.await("core API", () -> admin.status("/api/clients?limit=1") == 200);
        features.addRepository(URI.create(System.getProperty(AtriumContainer.FEATURE_URL)));
        features.installFeature(FEATURE);
        AdminApi.await("fitness endpoints", () -> admin.status(PLANS) == 200);
        Reply client = admin.post("/api/clients", "{\"kind\":\"PERSON\",\"name\":\"Fitness Member\"}");
        assertEquals(client.body(), 201, client.status());
        clientId = client.field("id");
        api = admin;
    }

    @Test
    public void aMonthlyMembershipFrozenForTenDaysEndsTenDaysLater() throws Exception {
        String plan = createdId(api.post(PLANS, "{\"name\":\"Monthly\",\"kind\":\"TIME\",\"duration\":1,\"durationUnit\":\"MONTHS\","
                + "\"freezeDays\":30,\"price\":\"49.9\",\"currency\":\"EUR\"}"));
        Reply read = api.get(PLANS + "/" + plan);
        assertEquals(200, read.status());
        assertEquals("49.90", read.field("price"));
        assertTrue(api.get(PLANS).body().contains(plan));

        Reply sold = api.post(MEMBERSHIPS, membership(plan, "M-1001"));
        String membership = createdId(sold);
        LocalDate end = LocalDate.parse(sold.field("end"));
        assertEquals(LocalDate.parse(sold.field("start")).plusMonths(1).minusDays(1), end);
        assertEquals("ACTIVE", sold.field("status"));

        Reply frozen = api.post(MEMBERSHIPS + "/" + membership + "/freeze", "{\"days\":10}");
        assertEquals(frozen.body(), 200, frozen.status());
        assertEquals(end.plusDays(10), LocalDate.parse(frozen.field("end")));
        assertEquals("FROZEN", frozen.field("status"));
        assertEquals("20", frozen.field("freezeDaysLeft"));
        assertEquals(end.plusDays(10), LocalDate.parse(api.get(MEMBERSHIPS + "/" + membership).field("end")));
        assertEquals("FROZEN", checkIn("M-1001", null).field("reason"));

        Reply tooLong = api.post(MEMBERSHIPS + "/" + membership + "/freeze", "{\"days\":21}");
        assertInvalid(tooLong, "days");
        Reply stale = api.send(MEMBERSHIPS + "/" + membership + "/freeze", "POST", "{\"days\":1}", "\"0\"");
        assertEquals(stale.body(), 409, stale.status());

        Reply unfrozen = api.send(MEMBERSHIPS + "/" + membership + "/unfreeze", "POST", null, frozen.etag());
        assertEquals(unfrozen.body(), 200, unfrozen.status());
        assertEquals("frozen today only, so every day comes back", end, LocalDate.parse(unfrozen.field("end")));
        assertEquals("ACTIVE", unfrozen.field("status"));
        Reply allowed = checkIn("M-1001", null);
        assertEquals("ALLOW", allowed.field("decision"));
        assertNull("a time plan counts no visits", allowed.field("visitsLeft"));
        assertTrue("visits are on the client's timeline",
                api.get("/api/clients/" + clientId + "/timeline").body().contains("\"fitness.visit\""));
    }

    @Test
    public void aTenVisitPackAllowsExactlyTenCheckInsAndARetryCountsOnce() throws Exception {
        String plan = createdId(api.post(PLANS, "{\"name\":\"10 visits\",\"kind\":\"VISITS\",\"visits\":10,\"duration\":3,"
                + "\"durationUnit\":\"MONTHS\",\"price\":\"90.00\",\"currency\":\"EUR\"}"));
        String membership = createdId(api.post(MEMBERSHIPS, membership(plan, "P-2002")));

        Reply first = checkIn("P-2002", "turnstile-1-0001");
        assertEquals("ALLOW", first.field("decision"));
        assertEquals("9", first.field("visitsLeft"));
        assertEquals(membership, first.field("membershipId"));
        assertEquals(clientId, first.field("clientId"));
        Reply retried = checkIn("P-2002", "turnstile-1-0001");
        assertEquals("a retry gets the first answer", first.body(), retried.body());
        assertEquals("9", api.get(MEMBERSHIPS + "/" + membership).field("visitsLeft"));

        for (int visit = 2; visit <= 10; visit++) {
            Reply allowed = checkIn("P-2002", "turnstile-1-" + visit);
            assertEquals(allowed.body(), "ALLOW", allowed.field("decision"));
            assertEquals(Integer.toString(10 - visit), allowed.field("visitsLeft"));
        }
        Reply denied = checkIn("P-2002", "turnstile-1-11");
        assertEquals("DENY", denied.field("decision"));
        assertEquals("NO_VISITS_LEFT", denied.field("reason"));
        assertEquals("0", denied.field("visitsLeft"));
        Reply used = api.get(MEMBERSHIPS + "/" + membership);
        assertEquals("0", used.field("visitsLeft"));
        assertEquals("USED_UP", used.field("status"));
        assertEquals("10 allowed and 1 denied attempts recorded, the retry not again", 11,
                count(api.get(CHECKINS + "?card=P-2002&limit=50").body(), "\"requestId\""));
    }

    @Test
    public void turnstilesCheckingInAtOnceNeverTakeMoreVisitsThanThePackHas() throws Exception {
        String plan = createdId(api.post(PLANS, "{\"name\":\"5 visits\",\"kind\":\"VISITS\",\"visits\":5,\"duration\":30,"
                + "\"durationUnit\":\"DAYS\",\"price\":\"50\",\"currency\":\"EUR\"}"));
        String membership = createdId(api.post(MEMBERSHIPS, membership(plan, "C-4004")));
        int turnstiles = 8;
        ExecutorService pool = Executors.newFixedThreadPool(turnstiles);
        try {
            List<Future<Reply>> replies = new ArrayList<>();
            for (int i = 0; i < turnstiles; i++) {
                String requestId = "turnstile-3-" + i;
                replies.add(pool.submit(() -> checkIn("C-4004", requestId)));
            }
            int allowed = 0;
            for (Future<Reply> reply : replies) {
                allowed += "ALLOW".equals(reply.get(30, TimeUnit.SECONDS).field("decision")) ? 1 : 0;
            }
            assertEquals(5, allowed);
        } finally {
            pool.shutdownNow();
        }
        assertEquals("0", api.get(MEMBERSHIPS + "/" + membership).field("visitsLeft"));
    }

    @Test
    public void anUnknownCardIsDeniedAndRecorded() throws Exception {
        Reply denied = checkIn("NO-SUCH-CARD-77", "turnstile-2-0001");
        assertEquals(denied.body(), 200, denied.status());
        assertEquals("DENY", denied.field("decision"));
        assertEquals("UNKNOWN_CARD", denied.field("reason"));
        assertNull(denied.field("membershipId"));
        Reply recorded = api.get(CHECKINS + "?card=NO-SUCH-CARD-77");
        assertEquals(recorded.body(), 200, recorded.status());
        assertEquals(1, count(recorded.body(), "\"UNKNOWN_CARD\""));
        assertEquals("turnstile-2-0001", recorded.field("requestId"));
    }

    @Test
    public void badRequestsNameTheirFields() throws Exception {
        assertInvalid(api.post(PLANS, "{\"name\":\"\",\"kind\":\"VISITS\",\"duration\":1,\"durationUnit\":\"MONTHS\","
                + "\"price\":\"1,5\",\"currency\":\"EUR\"}"), "name", "visits", "price");
        assertInvalid(api.post(PLANS, "{\"name\":\"X\",\"kind\":\"SOMETIMES\"}"), "kind");
        String plan = createdId(api.post(PLANS, "{\"name\":\"Day pass\",\"kind\":\"TIME\",\"duration\":1,\"durationUnit\":\"DAYS\","
                + "\"price\":\"5\",\"currency\":\"EUR\"}"));
        assertInvalid(api.post(MEMBERSHIPS, "{\"clientId\":\"no-such-client\",\"planId\":\"" + plan + "\",\"card\":\"D-1\"}"), "clientId");
        createdId(api.post(MEMBERSHIPS, membership(plan, "D-3003")));
        assertInvalid(api.post(MEMBERSHIPS, membership(plan, "D-3003")), "card");
        assertInvalid(api.post(MEMBERSHIPS, membership("no-such-plan", "D-3004")), "planId");
        assertInvalid(api.post(CHECKINS, "{\"card\":\"\"}"), "card");

        Reply missing = api.get(MEMBERSHIPS + "/no-such-membership");
        assertEquals(404, missing.status());
        assertTrue(missing.contentType().startsWith("application/problem+json"));
        assertEquals(404, api.get(PLANS + "/no-such-plan").status());
        assertEquals(404, api.get(MEMBERSHIPS + "?clientId=no-such-client").status());
    }

    private static Reply checkIn(String card, String requestId) throws Exception {
        String body = "{\"card\":\"" + card + "\"" + (requestId == null ? "" : ",\"requestId\":\"" + requestId + "\"") + "}";
        Reply reply = api.post(CHECKINS, body);
        assertEquals(reply.body(), 200, reply.status());
        return reply;
    }

    private static String membership(String plan, String card) {
        return "{\"clientId\":\"" + clientId + "\",\"planId\":\"" + plan + "\",\"card\":\"" + card + "\"}";
    }

    private static String createdId(Reply created) {
        assertEquals(created.body(), 201, created.status());
        assertNotNull(created.field("id"));
        return created.field("id");
    }

    /** A 422 problem naming each field. */
    private static void assertInvalid(Reply reply, String... fields) {
        assertEquals(reply.body(), 422, reply.status());
        assertTrue(reply.contentType(), reply.contentType().startsWith("application/problem+json"));
        for (String field : fields) {
            assertTrue(field + " in " + reply.body(), reply.body().contains("\"field\":\"" + field + "\""));
        }
    }

    private static int count(String text, String part) {
        Matcher matcher = Pattern.compile(Pattern.quote(part)).matcher(text);
        int found = 0;
        while (matcher.find()) {
            found++;
        }
        return found;
    }
}
