package org.atriumcrm.distribution;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.Test;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The fitness module as the distribution ships it: offered by {@code /api/modules/available},
 * installed at runtime through the API, and used over real HTTP the way the front desk and the
 * access-control system use it.
 */
public class FitnessIT {

    private static final String PLANS = "/api/fitness/plans";
    private static final String MEMBERSHIPS = "/api/fitness/memberships";
    private static final String CHECKINS = "/api/fitness/checkins";
    private static final Duration MODULE_TIMEOUT = Duration.ofSeconds(60);

    private static final KarafConsole CONSOLE = new KarafConsole();

    private static RunningAtrium atrium;
    private static Api api;

    @BeforeClass
    public static void startAtriumAndInstallFitness() throws Exception {
        atrium = RunningAtrium.start("fitness", CONSOLE.option());
        api = atrium.api();
        JsonNode available = Api.json(api.get("/api/modules/available"));
        assertEquals("offered, not installed: " + available, "available", module(available, "fitness").path("state").asText());
        assertEquals("[]", api.get("/api/modules").body());
        HttpResponse<String> installed = api.post("/api/modules", "{\"id\":\"fitness\"}");
        assertEquals(installed.body(), 201, installed.statusCode());
        api.awaitStatus(PLANS, 200, MODULE_TIMEOUT);
    }

    @AfterClass
    public static void stopAtrium() {
        if (atrium != null) {
            atrium.stop();
        }
    }

    @Test
    public void aMonthlyMembershipFrozenForTenDaysEndsTenDaysLater() throws Exception {
        String client = client("Frozen Member");
        String plan = created(api.post(PLANS, "{\"name\":\"Monthly\",\"kind\":\"TIME\",\"duration\":1,\"durationUnit\":\"MONTHS\","
                + "\"freezeDays\":30,\"price\":\"49.9\",\"currency\":\"EUR\"}")).get("id").asText();
        assertEquals("49.90", Api.json(api.get(PLANS + "/" + plan)).get("price").asText());

        JsonNode sold = created(api.post(MEMBERSHIPS, membership(client, plan, "M-1001")));
        String path = MEMBERSHIPS + "/" + sold.get("id").asText();
        LocalDate end = LocalDate.parse(sold.get("end").asText());
        assertEquals(LocalDate.parse(sold.get("start").asText()).plusMonths(1).minusDays(1), end);
        assertEquals("ACTIVE", sold.get("status").asText());

        HttpResponse<String> frozen = api.post(path + "/freeze", "{\"days\":10}");
        assertEquals(frozen.body(), 200, frozen.statusCode());
        assertEquals(end.plusDays(10), LocalDate.parse(Api.json(frozen).get("end").asText()));
        assertEquals("FROZEN", Api.json(frozen).get("status").asText());
        assertEquals(20, Api.json(frozen).get("freezeDaysLeft").asInt());
        assertEquals(end.plusDays(10), LocalDate.parse(Api.json(api.get(path)).get("end").asText()));
        assertEquals("FROZEN", checkIn("M-1001", null).get("reason").asText());

        Api.assertInvalid(api.post(path + "/freeze", "{\"days\":21}"), "days");
        HttpResponse<String> stale = api.post(path + "/freeze", "\"0\"", "{\"days\":1}");
        assertEquals(stale.body(), 409, stale.statusCode());
        HttpResponse<String> unfrozen = api.post(path + "/unfreeze", frozen.headers().firstValue("ETag").orElseThrow(), "");
        assertEquals(unfrozen.body(), 200, unfrozen.statusCode());
        assertEquals("frozen today only, so every day comes back", end, LocalDate.parse(Api.json(unfrozen).get("end").asText()));
        assertEquals("ALLOW", checkIn("M-1001", null).get("decision").asText());
        assertTrue("visits are on the client's timeline",
                api.get("/api/clients/" + client + "/timeline").body().contains("\"fitness.visit\""));
    }

    @Test
    public void aTenVisitPackAllowsExactlyTenCheckInsThenDeniesWithNoVisitsLeft() throws Exception {
        String client = client("Pack Member");
        String plan = created(api.post(PLANS, "{\"name\":\"10 visits\",\"kind\":\"VISITS\",\"visits\":10,\"duration\":3,"
                + "\"durationUnit\":\"MONTHS\",\"price\":\"90.00\",\"currency\":\"EUR\"}")).get("id").asText();
        String membership = created(api.post(MEMBERSHIPS, membership(client, plan, "P-2002"))).get("id").asText();

        JsonNode first = checkIn("P-2002", "turnstile-1-1");
        assertEquals("ALLOW", first.get("decision").asText());
        assertEquals(9, first.get("visitsLeft").asInt());
        assertEquals(membership, first.get("membershipId").asText());
        assertEquals("a retry gets the first answer and counts once", first, checkIn("P-2002", "turnstile-1-1"));
        for (int visit = 2; visit <= 10; visit++) {
            JsonNode allowed = checkIn("P-2002", "turnstile-1-" + visit);
            assertEquals(allowed.toString(), "ALLOW", allowed.get("decision").asText());
            assertEquals(10 - visit, allowed.get("visitsLeft").asInt());
        }
        JsonNode denied = checkIn("P-2002", "turnstile-1-11");
        assertEquals("DENY", denied.get("decision").asText());
        assertEquals("NO_VISITS_LEFT", denied.get("reason").asText());
        JsonNode used = Api.json(api.get(MEMBERSHIPS + "/" + membership));
        assertEquals(0, used.get("visitsLeft").asInt());
        assertEquals("USED_UP", used.get("status").asText());
        assertEquals("10 allowed and 1 denied attempts, the retry not again", 11,
                Api.json(api.get(CHECKINS + "?card=P-2002&limit=50")).size());
    }

    @Test
    public void turnstilesCheckingInAtOnceNeverTakeMoreVisitsThanThePackHas() throws Exception {
        String client = client("Busy Member");
        String plan = created(api.post(PLANS, "{\"name\":\"5 visits\",\"kind\":\"VISITS\",\"visits\":5,\"duration\":30,"
                + "\"durationUnit\":\"DAYS\",\"price\":\"50\",\"currency\":\"EUR\"}")).get("id").asText();
        String membership = created(api.post(MEMBERSHIPS, membership(client, plan, "C-4004"))).get("id").asText();
        int turnstiles = 8;
        ExecutorService pool = Executors.newFixedThreadPool(turnstiles);
        try {
            List<Future<JsonNode>> replies = new ArrayList<>();
            for (int i = 0; i < turnstiles; i++) {
                String requestId = "turnstile-3-" + i;
                replies.add(pool.submit(() -> checkIn("C-4004", requestId)));
            }
            int allowed = 0;
            for (Future<JsonNode> reply : replies) {
                allowed += "ALLOW".equals(reply.get(30, TimeUnit.SECONDS).get("decision").asText()) ? 1 : 0;
            }
            assertEquals(5, allowed);
        } finally {
            pool.shutdownNow();
        }
        assertEquals(0, Api.json(api.get(MEMBERSHIPS + "/" + membership)).get("visitsLeft").asInt());
    }

    @Test
    public void aCheckInWithAnUnknownCardIsDeniedAndLogged() throws Exception {
        JsonNode denied = checkIn("NO-SUCH-CARD-77", "turnstile-2-1");
        assertEquals("DENY", denied.get("decision").asText());
        assertEquals("UNKNOWN_CARD", denied.get("reason").asText());
        assertTrue(denied.get("membershipId").isNull());
        JsonNode logged = Api.json(api.get(CHECKINS + "?card=NO-SUCH-CARD-77"));
        assertEquals(1, logged.size());
        assertEquals("turnstile-2-1", logged.get(0).get("requestId").asText());
        assertEquals("UNKNOWN_CARD", logged.get(0).get("reason").asText());
    }

    @Test
    public void badRequestsNameTheirFields() throws Exception {
        Api.assertInvalid(api.post(PLANS, "{\"name\":\"\",\"kind\":\"VISITS\",\"duration\":1,\"durationUnit\":\"MONTHS\","
                + "\"price\":\"1,5\",\"currency\":\"EUR\"}"), "name", "visits", "price");
        String plan = created(api.post(PLANS, "{\"name\":\"Day pass\",\"kind\":\"TIME\",\"duration\":1,\"durationUnit\":\"DAYS\","
                + "\"price\":\"5\",\"currency\":\"EUR\"}")).get("id").asText();
        Api.assertInvalid(api.post(MEMBERSHIPS, membership("no-such-client", plan, "D-1")), "clientId");
        Api.assertInvalid(api.post(CHECKINS, "{\"card\":\"\"}"), "card");
        HttpResponse<String> missing = api.get(MEMBERSHIPS + "/no-such-membership");
        assertEquals(404, missing.statusCode());
        assertTrue(missing.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
    }

    @Test
    public void uninstallingLeavesCoreWorkingAndReinstallingShowsTheSameMemberships() throws Exception {
        String client = client("Returning Member");
        String plan = created(api.post(PLANS, "{\"name\":\"Annual\",\"kind\":\"TIME\",\"duration\":12,\"durationUnit\":\"MONTHS\","
                + "\"price\":\"399\",\"currency\":\"EUR\"}")).get("id").asText();
        JsonNode sold = created(api.post(MEMBERSHIPS, membership(client, plan, "R-5005")));
        String before = api.get(MEMBERSHIPS + "?clientId=" + client).body();
        String admin = Api.json(api.get("/api/auth/session")).path("user").path("id").asText();
        String ending = created(api.post("/api/clients", "{\"kind\":\"PERSON\",\"name\":\"Ending Admin Member\","
                + "\"responsibleManagerId\":\"" + admin + "\"}")).get("id").asText();
        expiringMembership(ending, twoMonthPlan("Two months, ending"), "R-5006");
        assertTrue(awaitNextAction(api, ending, "fitness.expiring").isPresent());

        HttpResponse<String> removed = api.delete("/api/modules/fitness");
        assertEquals(removed.body(), 204, removed.statusCode());
        api.awaitStatus(PLANS, 404, MODULE_TIMEOUT);
        assertEquals(200, api.get("/api/clients?limit=5").statusCode());
        assertFalse("the module's items went with it", nextActions(api).toString().contains("fitness."));
        assertFalse(api.get("/api/modules").body().contains("\"fitness\""));

        HttpResponse<String> installed = api.post("/api/modules", "{\"id\":\"fitness\"}");
        assertEquals(installed.body(), 201, installed.statusCode());
        api.awaitStatus(PLANS, 200, MODULE_TIMEOUT);
        assertEquals(before, api.get(MEMBERSHIPS + "?clientId=" + client).body());
        assertEquals("ALLOW", checkIn("R-5005", null).get("decision").asText());
        assertEquals(sold.get("id"), Api.json(api.get(MEMBERSHIPS + "/" + sold.get("id").asText())).get("id"));
        assertTrue("and came back with it", awaitNextAction(api, ending, "fitness.expiring").isPresent());
    }

    @Test
    public void aManagerSeesTheirOwnExpiringMembersInTheirLanguageAndOthersAreRefused() throws Exception {
        created(api.post("/api/roles", "{\"id\":\"front-desk\",\"label\":\"Front desk\",\"grants\":{"
                + "\"clients\":{\"access\":[\"READ\",\"WRITE\"],\"scope\":\"OWN\",\"hiddenFields\":[]},"
                + "\"fitness\":{\"access\":[\"READ\",\"WRITE\"],\"scope\":\"ALL\",\"hiddenFields\":[]}}}"));
        created(api.post("/api/roles", "{\"id\":\"no-fitness\",\"label\":\"Clients only\",\"grants\":{"
                + "\"clients\":{\"access\":[\"READ\",\"WRITE\"],\"scope\":\"OWN\",\"hiddenFields\":[]}}}"));
        String fiona = user("fiona", "front-desk");
        String gus = user("gus", "no-fitness");
        String plan = twoMonthPlan("Two months, next actions");
        String eve = managedClient("Expiring Eve", fiona);
        String gil = managedClient("Expiring Gil", gus);
        String end = expiringMembership(eve, plan, "NXT-1");
        expiringMembership(gil, plan, "NXT-2");
        Api asFiona = api.signIn("fiona", PASSWORD);
        Api asGus = api.signIn("gus", PASSWORD);

        JsonNode item = awaitNextAction(asFiona, eve, "fitness.expiring").orElseThrow(() -> new AssertionError("no item of Eve"));
        assertEquals("Membership ends " + end + ": Expiring Eve", item.get("title").asText());
        assertEquals("fitness", item.get("source").asText());
        assertEquals("client", item.get("recordType").asText());
        assertFalse("only fiona's own members: " + nextActions(asFiona), nextActions(asFiona).toString().contains(gil));
        JsonNode spanish = Api.json(asFiona.inLanguage("es").get("/api/next-actions")).get("items");
        assertTrue(spanish.toString(), spanish.toString().contains("La membresía termina el " + end + ": Expiring Eve"));
        assertFalse("gus's role reads no fitness: " + nextActions(asGus), nextActions(asGus).toString().contains("fitness."));

        String key = URLEncoder.encode(item.get("key").asText(), StandardCharsets.UTF_8);
        assertEquals(404, asGus.post("/api/next-actions/" + key + "/done", "").statusCode());
        assertEquals(204, asFiona.post("/api/next-actions/" + key + "/done", "").statusCode());
        assertFalse("dismissed for fiona", nextActions(asFiona).toString().contains(eve));
        assertFalse("Eve is not the admin's client, though the admin reaches her", nextActions(api).toString().contains(eve));
    }

    @Test
    public void aMemberWhoTrainedThreeTimesAWeekThenNotForThreeWeeksIsDeclining() throws Exception {
        String client = client("Fading Member");
        String plan = created(api.post(PLANS, "{\"name\":\"Annual, declining\",\"kind\":\"TIME\",\"duration\":12,"
                + "\"durationUnit\":\"MONTHS\",\"price\":\"420\",\"currency\":\"EUR\"}")).get("id").asText();
        LocalDate today = LocalDate.now();
        created(api.post(MEMBERSHIPS, "{\"clientId\":\"" + client + "\",\"planId\":\"" + plan + "\",\"card\":\"DCL-3003\","
                + "\"start\":\"" + today.minusDays(84) + "\"}"));
        // nine weeks of Monday, Wednesday and Friday, buffered by the reader and sent with their times; the last 24 days ago
        int visits = 0;
        for (int week = 0; week < 9; week++) {
            for (int day : new int[] {0, 2, 4}) {
                Instant at = today.minusDays(84 - 7L * week - day).atTime(18, 30).atZone(ZoneId.systemDefault()).toInstant();
                JsonNode visit = checkIn("{\"card\":\"DCL-3003\",\"requestId\":\"dcl-" + week + "-" + day + "\",\"at\":\"" + at + "\"}");
                assertEquals(visit.toString(), "ALLOW", visit.get("decision").asText());
                visits++;
            }
        }
        assertEquals(27, visits);
        JsonNode member = Api.json(api.get("/api/fitness/members/" + client));
        assertEquals(member.toString(), "DECLINING", member.get("stage").asText());
        assertTrue(Api.json(api.get("/api/fitness/members?stage=DECLINING&limit=200")).get("items").toString().contains(client));

        JsonNode back = checkIn("{\"card\":\"DCL-3003\"}");
        assertEquals("ALLOW", back.get("decision").asText());
        assertEquals("one visit now is not yet the usual rhythm", "DECLINING",
                Api.json(api.get("/api/fitness/members/" + client)).get("stage").asText());

        Api.assertInvalid(api.post(CHECKINS, "{\"card\":\"DCL-3003\",\"at\":\"" + Instant.now().plus(Duration.ofHours(1)) + "\"}"), "at");
        Api.assertInvalid(api.post(CHECKINS, "{\"card\":\"DCL-3003\",\"at\":\"yesterday\"}"), "at");
        assertEquals(404, api.get("/api/fitness/members/no-such-client").statusCode());
        Api.assertInvalid(api.get("/api/fitness/members?stage=SLEEPY"), "stage");
    }

    @Test
    public void theRenewalReportCountsARenewedAndALapsedMember() throws Exception {
        String plan = created(api.post(PLANS, "{\"name\":\"Monthly, report\",\"kind\":\"TIME\",\"duration\":1,"
                + "\"durationUnit\":\"MONTHS\",\"price\":\"45\",\"currency\":\"EUR\"}")).get("id").asText();
        LocalDate start = LocalDate.now().minusDays(45);
        String renewer = client("Renewing Member");
        String lapser = client("Lapsing Member");
        JsonNode old = created(api.post(MEMBERSHIPS, "{\"clientId\":\"" + renewer + "\",\"planId\":\"" + plan
                + "\",\"card\":\"RNW-7007\",\"start\":\"" + start + "\"}"));
        created(api.post(MEMBERSHIPS, "{\"clientId\":\"" + lapser + "\",\"planId\":\"" + plan
                + "\",\"card\":\"LPS-8008\",\"start\":\"" + start + "\"}"));
        LocalDate ended = LocalDate.parse(old.get("end").asText());
        assertTrue(ended.isBefore(LocalDate.now()));
        assertEquals("EXPIRED", checkIn("{\"card\":\"RNW-7007\"}").get("reason").asText());

        String oldPath = MEMBERSHIPS + "/" + old.get("id").asText();
        assertEquals(409, api.post(oldPath + "/renew", "\"99\"", "{}").statusCode());
        HttpResponse<String> renewed = api.post(oldPath + "/renew", "");
        JsonNode renewal = created(renewed);
        assertEquals("lapsed, so from today", LocalDate.now().toString(), renewal.get("start").asText());
        assertEquals("the card stays with the member", "RNW-7007", renewal.get("card").asText());
        assertEquals(old.get("id"), renewal.get("renewsId"));
        assertEquals(renewal.get("id"), Api.json(api.get(oldPath)).get("renewedById"));
        JsonNode allowed = checkIn("{\"card\":\"RNW-7007\"}");
        assertEquals("ALLOW", allowed.get("decision").asText());
        assertEquals(renewal.get("id"), allowed.get("membershipId"));
        Api.assertInvalid(api.post(oldPath + "/renew", "{}"), "membership");
        Api.assertInvalid(api.post(MEMBERSHIPS, membership(lapser, plan, "RNW-7007")), "card");

        HttpResponse<String> report = api.get("/api/fitness/reports/renewals?from=" + YearMonth.from(ended) + "&to=" + YearMonth.now());
        assertEquals(report.body(), 200, report.statusCode());
        JsonNode byPlan = null;
        for (JsonNode row : Api.json(report).get("plans")) {
            byPlan = plan.equals(row.get("planId").asText()) ? row : byPlan;
        }
        assertTrue(report.body(), byPlan != null);
        assertEquals(2, byPlan.get("due").asInt());
        assertEquals(1, byPlan.get("renewed").asInt());
        assertEquals(1, byPlan.get("lapsed").asInt());
        assertEquals(0.5, byPlan.get("renewalRate").asDouble(), 1e-9);
        assertTrue(Api.json(report).get("stages").get("LAPSED").asInt() >= 1);
        assertEquals("LAPSED", Api.json(api.get("/api/fitness/members/" + lapser)).get("stage").asText());
        Api.assertInvalid(api.get("/api/fitness/reports/renewals?from=2026-13"), "from");
        Api.assertInvalid(api.get("/api/fitness/reports/renewals?from=2026-05&to=2026-01"), "from");
    }

    @Test
    public void aFullClassRefusesBookingsAndTheTrainersLoadCountsThem() throws Exception {
        JsonNode trainer = created(api.post("/api/fitness/trainers", "{\"name\":\"Ana Trainer\",\"email\":\"ana@club.example\"}"));
        created(api.post("/api/fitness/trainers", "{\"name\":\"Zoe Trainer\"}"));
        Api.assertInvalid(api.post("/api/fitness/trainers", "{\"name\":\"\",\"email\":\"nope\"}"), "name", "email");
        JsonNode firstPage = Api.json(api.get("/api/fitness/trainers?limit=1"));
        assertEquals("Ana Trainer", firstPage.get("items").get(0).get("name").asText());
        JsonNode secondPage = Api.json(api.get("/api/fitness/trainers?limit=1&after=" + firstPage.get("next").asText()));
        assertEquals("Zoe Trainer", secondPage.get("items").get(0).get("name").asText());

        Instant startedAnHourAgo = Instant.now().minus(Duration.ofHours(1)).truncatedTo(ChronoUnit.SECONDS);
        String trainerId = trainer.get("id").asText();
        HttpResponse<String> scheduled = api.post("/api/fitness/classes", "{\"title\":\"Spinning\",\"trainerId\":\"" + trainerId
                + "\",\"startsAt\":\"" + startedAnHourAgo + "\",\"minutes\":45,\"capacity\":2,\"room\":\"Hall B\"}");
        String classPath = "/api/fitness/classes/" + created(scheduled).get("id").asText();
        Api.assertInvalid(api.post("/api/fitness/classes", "{\"title\":\"Yoga\",\"trainerId\":\"no-such-trainer\",\"startsAt\":\""
                + startedAnHourAgo + "\",\"minutes\":45,\"capacity\":2}"), "trainerId");

        HttpResponse<String> booked = api.post(classPath + "/bookings", "{\"clientId\":\"" + client("Booker One") + "\"}");
        JsonNode first = created(booked);
        created(api.post(classPath + "/bookings", "{\"clientId\":\"" + client("Booker Two") + "\"}"));
        HttpResponse<String> full = api.post(classPath + "/bookings", "{\"clientId\":\"" + client("Booker Three") + "\"}");
        Api.assertInvalid(full, "classId");
        assertEquals(0, Api.json(api.get(classPath)).get("placesLeft").asInt());
        assertEquals(2, Api.json(api.get(classPath + "/bookings")).get("items").size());

        HttpResponse<String> stale = api.put(classPath, "\"0\"", "{\"title\":\"Spinning\",\"trainerId\":\"" + trainerId
                + "\",\"startsAt\":\"" + startedAnHourAgo + "\",\"minutes\":45,\"capacity\":1}");
        assertEquals(stale.body(), 409, stale.statusCode());
        String bookingPath = "/api/fitness/bookings/" + first.get("id").asText();
        HttpResponse<String> came = api.put(bookingPath + "/attendance", booked.headers().firstValue("ETag").orElseThrow(),
                "{\"attended\":true}");
        assertEquals(came.body(), 200, came.statusCode());
        assertEquals("ATTENDED", Api.json(came).get("status").asText());

        JsonNode load = Api.json(api.get("/api/fitness/trainers/" + trainerId + "/load?from=" + LocalDate.now() + "&weeks=1"));
        assertEquals(load.toString(), 1, load.get(0).get("classes").asInt());
        assertEquals(45, load.get(0).get("minutes").asInt());
        assertEquals(2, load.get(0).get("booked").asInt());
        assertEquals(1, load.get(0).get("attended").asInt());
    }

    private static JsonNode rule(String id) throws Exception {
        return Api.json(api.get("/api/automation/rules/" + id));
    }

    private static boolean offersTrigger(String type) throws Exception {
        return Api.json(api.get("/api/automation/triggers")).findValues("id").stream().anyMatch(id -> id.asText().equals(type));
    }

    @Test
    public void aMembershipExpiringRuleIsInactiveWhileFitnessIsAwayAndFiresWhenItReturns() throws Exception {
        String client = client("Expiring Rule Member");
        String plan = created(api.post(PLANS, "{\"name\":\"Ten days, rule\",\"kind\":\"TIME\",\"duration\":10,"
                + "\"durationUnit\":\"DAYS\",\"price\":\"20\",\"currency\":\"EUR\"}")).get("id").asText();
        JsonNode sold = created(api.post(MEMBERSHIPS, membership(client, plan, "EXP-7007")));
        long daysLeft = ChronoUnit.DAYS.between(LocalDate.now(), LocalDate.parse(sold.get("end").asText()));
        String admin = Api.json(api.get("/api/users?q=admin")).get("items").get(0).get("id").asText();
        String ruleId = created(api.post("/api/automation/rules", "{\"name\":\"Renewal call\",\"enabled\":true,"
                + "\"trigger\":{\"type\":\"fitness.membership-expiring\",\"arguments\":{\"days\":\"" + daysLeft + "\"}},"
                + "\"conditions\":{\"all\":[{\"field\":\"name\",\"op\":\"eq\",\"value\":\"Expiring Rule Member\"},"
                + "{\"field\":\"tags\",\"op\":\"eq\",\"value\":\"renewal-due\"}]},"
                + "\"actions\":[{\"type\":\"core.create-task\",\"arguments\":{\"title\":\"Call about the renewal\","
                + "\"assignee\":\"" + admin + "\"}}]}")).get("id").asText();
        assertTrue(rule(ruleId).toString(), rule(ruleId).get("active").asBoolean());

        HttpResponse<String> removed = api.delete("/api/modules/fitness");
        assertEquals(removed.body(), 204, removed.statusCode());
        api.awaitStatus(PLANS, 404, MODULE_TIMEOUT);
        JsonNode away = rule(ruleId);
        assertFalse(away.toString(), away.get("active").asBoolean());
        assertTrue(away.toString(), away.get("inactiveReason").asText().contains("fitness.membership-expiring"));
        assertTrue("kept, and still enabled", away.get("enabled").asBoolean());
        assertFalse(offersTrigger("fitness.membership-expiring"));
        // only now does the client meet the conditions: a run can come only from the module's return
        String clientPath = "/api/clients/" + client;
        HttpResponse<String> tagged = api.put(clientPath, "\"" + Api.json(api.get(clientPath)).get("version").asLong() + "\"",
                "{\"kind\":\"PERSON\",\"name\":\"Expiring Rule Member\",\"tags\":[\"renewal-due\"]}");
        assertEquals(tagged.body(), 200, tagged.statusCode());
        assertEquals(0, Api.json(api.get("/api/automation/runs?ruleId=" + ruleId)).size());
        String listed = CONSOLE.run("atrium:rules");
        assertTrue(listed, listed.lines().anyMatch(line -> line.contains(ruleId)
                && line.contains("inactive: trigger type fitness.membership-expiring is not installed")));

        HttpResponse<String> installed = api.post("/api/modules", "{\"id\":\"fitness\"}");
        assertEquals(installed.body(), 201, installed.statusCode());
        api.awaitStatus(PLANS, 200, MODULE_TIMEOUT);
        assertTrue(rule(ruleId).toString(), rule(ruleId).get("active").asBoolean());
        assertTrue(offersTrigger("fitness.membership-expiring"));

        // the module's daily run, a minute after it starts, announces the membership: the rule acts once
        Instant deadline = Instant.now().plus(Duration.ofMinutes(3));
        JsonNode runs = Api.json(api.get("/api/automation/runs?ruleId=" + ruleId));
        while (Instant.now().isBefore(deadline) && (runs.size() == 0 || !runs.get(0).get("status").asText().equals("SUCCEEDED"))) {
            Thread.sleep(1_000);
            runs = Api.json(api.get("/api/automation/runs?ruleId=" + ruleId));
        }
        assertEquals(runs.toString(), 1, runs.size());
        assertEquals("SUCCEEDED", runs.get(0).get("status").asText());
        assertEquals(client, runs.get(0).get("clientId").asText());
        JsonNode tasks = Api.json(api.get("/api/tasks?clientId=" + client)).get("items");
        assertEquals(tasks.toString(), 1, tasks.size());
        assertEquals("Call about the renewal", tasks.get(0).get("title").asText());
        assertEquals(admin, tasks.get(0).get("assigneeId").asText());
    }

    private static JsonNode module(JsonNode modules, String id) {
        for (JsonNode module : modules) {
            if (id.equals(module.path("id").asText())) {
                return module;
            }
        }
        throw new AssertionError("no module " + id + " in " + modules);
    }

    private static final String PASSWORD = "a long passphrase for tests";

    private static String user(String username, String role) throws Exception {
        return created(api.post("/api/users", "{\"username\":\"" + username + "\",\"displayName\":\"" + username + "\","
                + "\"email\":\"" + username + "@example.com\",\"locale\":\"en\",\"team\":\"club\",\"password\":\"" + PASSWORD
                + "\",\"roles\":[\"" + role + "\"]}")).get("id").asText();
    }

    private static String twoMonthPlan(String name) throws Exception {
        return created(api.post(PLANS, "{\"name\":\"" + name + "\",\"kind\":\"TIME\",\"duration\":2,\"durationUnit\":\"MONTHS\","
                + "\"price\":\"80\",\"currency\":\"EUR\"}")).get("id").asText();
    }

    /** Sold 45 days ago: past the first 30 days of adaptation, ending within the 30 days that make a member expiring. */
    private static String expiringMembership(String clientId, String plan, String card) throws Exception {
        return created(api.post(MEMBERSHIPS, "{\"clientId\":\"" + clientId + "\",\"planId\":\"" + plan + "\",\"card\":\"" + card
                + "\",\"start\":\"" + LocalDate.now().minusDays(45) + "\"}")).get("end").asText();
    }

    private static String managedClient(String name, String managerId) throws Exception {
        return created(api.post("/api/clients", "{\"kind\":\"PERSON\",\"name\":\"" + name + "\",\"responsibleManagerId\":\""
                + managerId + "\"}")).get("id").asText();
    }

    private static JsonNode nextActions(Api user) throws Exception {
        HttpResponse<String> reply = user.get("/api/next-actions");
        assertEquals(reply.body(), 200, reply.statusCode());
        return Api.json(reply).get("items");
    }

    /** The user's item of that kind about the client, once the member's stage is computed (it is, after the sale). */
    private static Optional<JsonNode> awaitNextAction(Api user, String clientId, String kind) throws Exception {
        Instant deadline = Instant.now().plusSeconds(20);
        do {
            for (JsonNode item : nextActions(user)) {
                if (kind.equals(item.get("kind").asText()) && clientId.equals(item.get("clientId").asText())) {
                    return Optional.of(item);
                }
            }
            Thread.sleep(250);
        } while (Instant.now().isBefore(deadline));
        return Optional.empty();
    }

    private static String client(String name) throws Exception {
        return created(api.post("/api/clients", "{\"kind\":\"PERSON\",\"name\":\"" + name + "\"}")).get("id").asText();
    }

    private static String membership(String client, String plan, String card) {
        return "{\"clientId\":\"" + client + "\",\"planId\":\"" + plan + "\",\"card\":\"" + card + "\"}";
    }

    private static JsonNode checkIn(String card, String requestId) throws Exception {
        return checkIn("{\"card\":\"" + card + "\"" + (requestId == null ? "" : ",\"requestId\":\"" + requestId + "\"") + "}");
    }

    private static JsonNode checkIn(String body) throws Exception {
        HttpResponse<String> reply = api.post(CHECKINS, body);
        assertEquals(reply.body(), 200, reply.statusCode());
        return Api.json(reply);
    }

    private static JsonNode created(HttpResponse<String> reply) throws Exception {
        assertEquals(reply.body(), 201, reply.statusCode());
        return Api.json(reply);
    }
}
