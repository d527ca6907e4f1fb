package org.atriumcrm.distribution;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.Driver;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.apache.derby.jdbc.EmbeddedDriver;
import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.Test;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Clients that go, by a merge or a deletion, take everything of theirs along, in core and in the
 * fitness module, even when the module is absent at the time: it catches up when it is back. Once
 * the tests are done Atrium is stopped and its database read: no row of an {@code atr_} or
 * {@code fit_} table names a client or record that went, but the audit trail and the journal of
 * removals, which record that they went.
 */
public class ClientRemovalIT {

    private static final String PLANS = "/api/fitness/plans";
    private static final String MEMBERSHIPS = "/api/fitness/memberships";
    private static final Duration MODULE_TIMEOUT = Duration.ofSeconds(60);
    /** Tables that keep the ids of removed records on purpose: they record that the records went. */
    private static final Set<String> RECORDS_OF_REMOVAL = Set.of("ATR_AUDIT", "ATR_AUDIT_CHANGE", "ATR_CLIENT_REMOVAL");
    /** Where a merged client's id leads to its survivor, on purpose, while the survivor lives. */
    private static final String MERGE_POINTERS = "ATR_CLIENT_MERGE";

    /** Ids of deleted clients and records; no row may name them when the tests end. */
    private static final Set<String> DELETED = ConcurrentHashMap.newKeySet();
    /** Ids of clients that live: the same reading of the database must find them, or it reads nothing. */
    private static final Set<String> LIVING = ConcurrentHashMap.newKeySet();
    /** Ids of clients merged into one that lives; only the merge pointers may name them. */
    private static final Set<String> MERGED = ConcurrentHashMap.newKeySet();

    /** Called directly: the test JVM's DriverManager does not see the driver through the failsafe class path. */
    private static final Driver DERBY = new EmbeddedDriver();

    private static RunningAtrium atrium;
    private static Api api;

    @BeforeClass
    public static void startAtriumWithFitness() throws Exception {
        // an Atrium of its own: it installs and removes the fitness module
        atrium = RunningAtrium.start("removal");
        api = atrium.api();
        installFitness();
    }

    @AfterClass
    public static void stopAtriumAndFindNothingLeftBehind() throws Exception {
        if (atrium == null) {
            return;
        }
        atrium.stop();
        Set<String> pointersToo = new TreeSet<>(RECORDS_OF_REMOVAL);
        pointersToo.add(MERGE_POINTERS);
        List<String> left = new ArrayList<>();
        try (Connection db = DERBY.connect("jdbc:derby:" + atrium.database().toAbsolutePath(), new Properties())) {
            left.addAll(rowsNaming(db, DELETED, RECORDS_OF_REMOVAL));
            left.addAll(rowsNaming(db, MERGED, pointersToo));
            for (String living : LIVING) {
                assertTrue("the reading finds a living client's rows", !rowsNaming(db, Set.of(living), Set.of()).isEmpty());
            }
        } finally {
            shutDownDerby();
        }
        assertEquals("rows naming removed clients and records: " + left, List.of(), left);
        List<Path> files = attachmentFilesNaming(DELETED);
        assertEquals("attachment files of removed activities", List.of(), files);
    }

    @Test
    public void mergesAndADeletionWhileFitnessIsAbsentReachItsRecordsWhenItIsBack() throws Exception {
        installFitness();
        String plan = created(api.post(PLANS, "{\"name\":\"Monthly, removal\",\"kind\":\"TIME\",\"duration\":1,"
                + "\"durationUnit\":\"MONTHS\",\"price\":\"40\",\"currency\":\"EUR\"}")).get("id").asText();
        String first = client("Zeta First");
        String second = client("Zeta Second");
        String third = client("Zeta Third");
        String deleted = client("Zeta Deleted");
        String firstMembership = created(api.post(MEMBERSHIPS, membership(first, plan, "ZT-1"))).get("id").asText();
        String secondMembership = created(api.post(MEMBERSHIPS, membership(second, plan, "ZT-2"))).get("id").asText();
        String deletedMembership = created(api.post(MEMBERSHIPS, membership(deleted, plan, "ZT-9"))).get("id").asText();
        assertEquals("ALLOW", checkIn("ZT-1").get("decision").asText());
        String spinning = "/api/fitness/classes/" + fitnessClass("Spinning, removal");
        String booking = created(api.post(spinning + "/bookings", "{\"clientId\":\"" + deleted + "\"}")).get("id").asText();
        assertEquals(1, Api.json(api.get(spinning)).get("booked").asInt());

        removeFitness();
        // first into second, then second into third: everything must end on the third
        merge(second, first);
        merge(third, second);
        HttpResponse<String> removed = api.delete("/api/clients/" + deleted, "\"" + version(deleted) + "\"");
        assertEquals(removed.body(), 204, removed.statusCode());
        MERGED.addAll(List.of(first, second));
        LIVING.add(third);
        DELETED.addAll(List.of(deleted, deletedMembership, booking));
        installFitness();

        awaitMemberships(third, 2);
        assertEquals(third, Api.json(api.get(MEMBERSHIPS + "/" + firstMembership)).get("clientId").asText());
        assertEquals(third, Api.json(api.get(MEMBERSHIPS + "/" + secondMembership)).get("clientId").asText());
        assertEquals("the visit went with its membership", third, checkIn("ZT-1").get("clientId").asText());
        assertEquals(200, api.get("/api/fitness/members/" + third).statusCode());
        assertEquals(404, api.get("/api/fitness/members/" + first).statusCode());
        assertEquals(404, api.get(MEMBERSHIPS + "/" + deletedMembership).statusCode());
        assertEquals(404, api.get("/api/fitness/bookings/" + booking).statusCode());
        assertEquals("the deleted client's place is free", 0, Api.json(api.get(spinning)).get("booked").asInt());
        assertEquals("UNKNOWN_CARD", checkIn("ZT-9").get("reason").asText());

        // applied once: a second return of the module finds nothing more to do
        String memberships = api.get(MEMBERSHIPS + "?clientId=" + third).body();
        removeFitness();
        installFitness();
        assertEquals(memberships, api.get(MEMBERSHIPS + "?clientId=" + third).body());
        assertEquals(0, Api.json(api.get(spinning)).get("booked").asInt());
    }

    @Test
    public void deletingAClientDeletesEverythingItHeldModulesIncluded() throws Exception {
        installFitness();
        for (String kind : List.of("CLIENT", "OPPORTUNITY", "TASK", "ACTIVITY")) {
            created(api.post("/api/custom-fields", "{\"recordKind\":\"" + kind + "\",\"key\":\"removalNote\",\"label\":\"Note\","
                    + "\"type\":\"TEXT\"}"));
        }
        String note = ",\"customFields\":{\"removalNote\":\"to go\"}";
        String omega = "{\"kind\":\"ORGANIZATION\",\"name\":\"ООО «Омега»\",\"phones\":[\"+7 812 700-10-20\"],"
                + "\"emails\":[\"office@omega.example\"],\"tags\":[\"vip\"],\"addresses\":[{\"city\":\"Saint Petersburg\","
                + "\"country\":\"RU\"}],\"contacts\":[{\"name\":\"Anna Omega\","
                + "\"emails\":[\"anna@omega.example\"]}],\"legalEntities\":[{\"name\":\"ООО «Омега»\",\"country\":\"RU\","
                + "\"inn\":\"7707083893\"}]" + note;
        JsonNode client = created(api.post("/api/clients?confirmedNew=true", omega + "}"));
        String id = client.get("id").asText();
        String older = client("Omega Older");
        String oldest = client("Omega Oldest");
        merge(older, oldest);
        merge(id, older);
        HttpResponse<String> active = api.put("/api/clients/" + id, "\"" + version(id) + "\"", omega + ",\"status\":\"ACTIVE\"}");
        assertEquals(active.body(), 200, active.statusCode());
        String contact = Api.json(active).get("contacts").get(0).get("id").asText();
        String legalEntity = Api.json(active).get("legalEntities").get(0).get("id").asText();
        DELETED.addAll(List.of(client.get("contacts").get(0).get("id").asText(), client.get("legalEntities").get(0).get("id").asText()));

        String activity = created(api.post("/api/activities", "{\"clientId\":\"" + id + "\",\"contactId\":\"" + contact
                + "\",\"type\":\"call\",\"subject\":\"Omega called\"" + note + "}")).get("id").asText();
        String attachment = created(api.postBytes("/api/activities/" + activity + "/attachments?name=notes.txt", "text/plain",
                "call notes".getBytes(StandardCharsets.UTF_8))).get("id").asText();
        String deal = created(api.post("/api/opportunities", "{\"clientId\":\"" + id + "\",\"title\":\"Omega deal\"" + note + "}"))
                .get("id").asText();
        String stage = Api.json(api.get("/api/pipelines")).get(0).get("stages").get(1).get("id").asText();
        assertEquals(200, api.post("/api/opportunities/" + deal + "/stage", "{\"stageId\":\"" + stage + "\"}").statusCode());
        String due = Instant.now().plus(2, ChronoUnit.DAYS).toString();
        String task = created(api.post("/api/tasks", "{\"title\":\"Call Omega\",\"clientId\":\"" + id + "\",\"dueAt\":\"" + due
                + "\"" + note + "}")).get("id").asText();
        String dealTask = created(api.post("/api/tasks", "{\"title\":\"Send the Omega offer\",\"opportunityId\":\"" + deal
                + "\",\"dueAt\":\"" + due + "\"}")).get("id").asText();
        String plan = created(api.post(PLANS, "{\"name\":\"Corporate, removal\",\"kind\":\"VISITS\",\"visits\":10,\"duration\":3,"
                + "\"durationUnit\":\"MONTHS\",\"price\":\"90\",\"currency\":\"EUR\"}")).get("id").asText();
        String membership = created(api.post(MEMBERSHIPS, membership(id, plan, "OMEGA-1"))).get("id").asText();
        assertEquals("ALLOW", checkIn("OMEGA-1").get("decision").asText());
        String yoga = "/api/fitness/classes/" + fitnessClass("Yoga, removal");
        String booking = created(api.post(yoga + "/bookings", "{\"clientId\":\"" + id + "\"}")).get("id").asText();

        HttpResponse<String> deleted = api.delete("/api/clients/" + id, "\"" + version(id) + "\"");
        assertEquals(deleted.body(), 204, deleted.statusCode());
        DELETED.addAll(List.of(id, older, oldest, contact, legalEntity, activity, attachment, deal, task, dealTask, membership, booking));

        for (String path : List.of("/api/clients/" + id, "/api/clients/" + older, "/api/clients/" + oldest,
                "/api/activities/" + activity, "/api/attachments/" + attachment, "/api/opportunities/" + deal,
                "/api/opportunities/" + deal + "/history", "/api/tasks/" + task, "/api/tasks/" + dealTask,
                MEMBERSHIPS + "/" + membership, "/api/fitness/bookings/" + booking, "/api/fitness/members/" + id)) {
            HttpResponse<String> gone = api.get(path);
            assertEquals(path + ": " + gone.body(), 404, gone.statusCode());
        }
        assertEquals("its place in the class is free", 0, Api.json(api.get(yoga)).get("booked").asInt());
        assertEquals("UNKNOWN_CARD", checkIn("OMEGA-1").get("reason").asText());
        assertTrue("the deletion is in the client's audit trail",
                api.get("/api/audit?recordType=client&recordId=" + id).body().contains("\"DELETE\""));
        assertTrue("and in that of each record that went with it",
                api.get("/api/audit?recordType=activity&recordId=" + activity).body().contains("\"DELETE\""));
        assertTrue(api.get("/api/audit?recordType=fitness.membership&recordId=" + membership).body().contains("\"DELETE\""));
    }

    private static void installFitness() throws Exception {
        if (api.get(PLANS).statusCode() == 200) {
            return;
        }
        HttpResponse<String> installed = api.post("/api/modules", "{\"id\":\"fitness\"}");
        assertTrue(installed.body(), installed.statusCode() == 201 || installed.statusCode() == 200);
        api.awaitStatus(PLANS, 200, MODULE_TIMEOUT);
    }

    private static void removeFitness() throws Exception {
        HttpResponse<String> removed = api.delete("/api/modules/fitness");
        assertEquals(removed.body(), 204, removed.statusCode());
        api.awaitStatus(PLANS, 404, MODULE_TIMEOUT);
    }

    /** Waits until the module has caught up: the client holds this many memberships. */
    private static void awaitMemberships(String clientId, int count) throws Exception {
        Instant deadline = Instant.now().plus(MODULE_TIMEOUT);
        JsonNode memberships = null;
        while (Instant.now().isBefore(deadline)) {
            memberships = Api.json(api.get(MEMBERSHIPS + "?clientId=" + clientId));
            if (memberships.size() == count) {
                return;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("memberships of " + clientId + " after " + MODULE_TIMEOUT + ": " + memberships);
    }

    private static void merge(String survivor, String merged) throws Exception {
        HttpResponse<String> reply = api.post("/api/clients/" + survivor + "/merge", "{\"mergedIds\":[\"" + merged + "\"]}");
        assertEquals(reply.body(), 200, reply.statusCode());
    }

    private static long version(String clientId) throws Exception {
        return Api.json(api.get("/api/clients/" + clientId)).get("version").asLong();
    }

    private static String client(String name) throws Exception {
        return created(api.post("/api/clients?confirmedNew=true", "{\"kind\":\"PERSON\",\"name\":\"" + name + "\"}"))
                .get("id").asText();
    }

    private static String fitnessClass(String title) throws Exception {
        String trainer = created(api.post("/api/fitness/trainers", "{\"name\":\"" + title + " trainer\"}")).get("id").asText();
        return created(api.post("/api/fitness/classes", "{\"title\":\"" + title + "\",\"trainerId\":\"" + trainer + "\",\"startsAt\":\""
                + Instant.now().plus(Duration.ofDays(1)).truncatedTo(ChronoUnit.SECONDS) + "\",\"minutes\":60,\"capacity\":3}"))
                .get("id").asText();
    }

    private static String membership(String client, String plan, String card) {
        return "{\"clientId\":\"" + client + "\",\"planId\":\"" + plan + "\",\"card\":\"" + card + "\"}";
    }

    private static JsonNode checkIn(String card) throws Exception {
        HttpResponse<String> reply = api.post("/api/fitness/checkins", "{\"card\":\"" + card + "\"}");
        assertEquals(reply.body(), 200, reply.statusCode());
        return Api.json(reply);
    }

    private static JsonNode created(HttpResponse<String> reply) throws IOException {
        assertEquals(reply.body(), 201, reply.statusCode());
        return Api.json(reply);
    }

    /** "TABLE.COLUMN = id" for every text column of core's and fitness's tables but those allowed holding one of the ids. */
    private static List<String> rowsNaming(Connection db, Set<String> ids, Set<String> allowed) throws SQLException {
        List<String> found = new ArrayList<>();
        if (ids.isEmpty()) {
            return found;
        }
        DatabaseMetaData meta = db.getMetaData();
        List<String[]> columns = new ArrayList<>();
        try (ResultSet all = meta.getColumns(null, null, null, null)) {
            while (all.next()) {
                String table = all.getString("TABLE_NAME");
                String type = all.getString("TYPE_NAME");
                boolean ours = table.startsWith("ATR_") || table.startsWith("FIT_");
                if (ours && !allowed.contains(table) && (type.startsWith("CHAR") || type.startsWith("VARCHAR"))) {
                    columns.add(new String[] {all.getString("TABLE_SCHEM"), table, all.getString("COLUMN_NAME")});
                }
            }
        }
        assertTrue("the tables were read: " + columns.size(), columns.size() > 50);
        String marks = ids.stream().map(id -> "?").collect(Collectors.joining(", "));
        for (String[] column : columns) {
            String sql = "SELECT " + column[2] + " FROM " + column[0] + "." + column[1] + " WHERE " + column[2] + " IN (" + marks + ")";
            try (PreparedStatement query = db.prepareStatement(sql)) {
                int i = 1;
                for (String id : ids) {
                    query.setString(i++, id);
                }
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        found.add(column[1] + "." + column[2] + " = " + rows.getString(1).strip());
                    }
                }
            }
        }
        return found;
    }

    private static void shutDownDerby() {
        try {
            DERBY.connect("jdbc:derby:;shutdown=true", new Properties()).close();
        } catch (SQLException expected) {
            // Derby answers a shutdown with an exception (XJ015)
        }
    }

    /** Attachment files of the tests' Atriums (each stores them by id) named after one of the ids. */
    private static List<Path> attachmentFilesNaming(Set<String> ids) throws IOException {
        Path karafs = Paths.get(System.getProperty("atrium.itest.dir"), "karaf");
        if (!Files.isDirectory(karafs)) {
            return List.of();
        }
        Set<Path> found = new TreeSet<>();
        try (Stream<Path> files = Files.walk(karafs)) {
            files.filter(file -> file.toString().contains("attachments") && Files.isRegularFile(file))
                    .filter(file -> ids.stream().anyMatch(id -> file.getFileName().toString().contains(id)))
                    .forEach(found::add);
        }
        return List.copyOf(found);
    }
}
