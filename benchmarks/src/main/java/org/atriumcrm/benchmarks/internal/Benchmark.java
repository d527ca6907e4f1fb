package org.atriumcrm.benchmarks.internal;

import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReferenceArray;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;

/**
 * Starts the built Atrium on a fresh database, loads synthetic clients through the API and the
 * same rows through raw JDBC into a copy of its empty schema, then measures reads, searches, the
 * timeline, module hot install, start time and memory (the figure group {@value #CORE}); and
 * duplicate matching with a large base on an Atrium of its own ({@value #MATCH}, see
 * {@link DuplicateMatching}). {@code bench.figures} chooses the groups. Every throughput is measured
 * three times; every figure is printed beside the limit of this machine measured in the same run.
 */
public final class Benchmark {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int BATCH = 500;
    private static final int REPETITIONS = 3;
    private static final int ONE_BY_ONE = 1000;
    private static final int TIMELINE_ACTIVITIES = 1000;
    private static final int MEMBERS = 500;
    private static final int TURNSTILES = 8;

    /** The figure groups, in the order they run and are listed. */
    private static final String CORE = "core";
    private static final String MATCH = "match";
    private static final List<String> GROUPS = List.of(CORE, MATCH);

    private final Set<String> figures = figureGroups(System.getProperty("bench.figures", "all"));
    private final int clients = Integer.getInteger("bench.clients", 100_000);
    private final double seconds = Integer.getInteger("bench.seconds", 10);
    private final Path work = Path.of(System.getProperty("bench.work", "target/bench")).toAbsolutePath();
    private final AtomicReferenceArray<String> ids = new AtomicReferenceArray<>(clients);
    private final ResultTable table = new ResultTable(Machine.describe(), GROUPS);
    private AtriumProcess atrium;
    private Http http;

    public static void main(String[] args) throws Exception {
        new Benchmark().run();
    }

    private void run() throws Exception {
        Files.createDirectories(work);
        Path moduleFeature = work.resolve("bench-module-features.xml");
        Files.writeString(moduleFeature, ModuleFeature.xml(Path.of(System.getProperty("bench.module"))));
        Path distribution = Path.of(System.getProperty("bench.distribution"));
        if (figures.contains(CORE)) {
            table.startGroup(CORE);
            coreFigures(distribution, moduleFeature);
        }
        if (figures.contains(MATCH)) {
            table.startGroup(MATCH);
            new DuplicateMatching(work, distribution, moduleFeature, seconds, table).run();
        }
        table.write(Path.of(System.getProperty("bench.results", "results")));
        System.out.println();
        System.out.print(table.markdown());
    }

    /** The figure groups {@code bench.figures} names, separated by commas: {@value #CORE}, {@value #MATCH} or all. */
    private static Set<String> figureGroups(String property) {
        Set<String> groups = new LinkedHashSet<>();
        for (String name : property.split(",")) {
            String group = name.strip().toLowerCase(Locale.ROOT);
            if (group.equals("all")) {
                groups.addAll(GROUPS);
            } else if (GROUPS.contains(group)) {
                groups.add(group);
            } else {
                throw new IllegalArgumentException("bench.figures: " + group + " is not one of all, " + String.join(", ", GROUPS));
            }
        }
        return groups;
    }

    /** Clients, searches, timeline, modules, fitness, memory and start time, on an Atrium loaded through its API. */
    private void coreFigures(Path distribution, Path moduleFeature) throws Exception {
        System.out.printf("Atrium benchmark: %,d clients, %.0f s per load run, in %s%n", clients, seconds, work);
        atrium = AtriumProcess.unpack(distribution, work.resolve("atrium"), moduleFeature);
        http = new Http(atrium.httpPort);
        try {
            atrium.start(http);
            atrium.stop();
            // the limit gets Atrium's own empty schema: same tables, same indexes
            Path rawDatabase = work.resolve("raw-derby");
            AtriumProcess.copyRecursively(atrium.database(), rawDatabase);
            double firstStart = atrium.start(http);
            System.out.printf("Atrium answered after %.1f s; loading%n", firstStart);
            try (RawDerby raw = new RawDerby(rawDatabase)) {
                createThroughput(raw);
                readById();
                searches(raw);
            }
            timeline();
            moduleHotDeploy();
            fitnessCheckins();
            idleMemory();
            atrium.stop();
            double coldStart = atrium.start(http);
            table.add("cold start to first 200 on /api/clients", String.format(Locale.ROOT, "%.1f s with %,d clients (%.1f s empty)",
                    coldStart, clients + REPETITIONS * ONE_BY_ONE, firstStart), "—", "", "≤ 15 s");
        } finally {
            atrium.stop();
        }
    }

    /** Bulk through the API vs raw JDBC batches, a third of the clients per repetition; then one by one. */
    private void createThroughput(RawDerby raw) throws Exception {
        int perRepetition = clients / REPETITIONS;
        double[] rawRates = new double[REPETITIONS];
        double[] bulkRates = new double[REPETITIONS];
        for (int r = 0; r < REPETITIONS; r++) {
            int from = r * perRepetition;
            int to = r == REPETITIONS - 1 ? clients : from + perRepetition;
            rawRates[r] = (to - from) / Load.timed(1, batches(from, to), b -> insertRaw(raw, from + b * BATCH, to));
            bulkRates[r] = (to - from) / Load.timed(4, batches(from, to), b -> createBulk(from + b * BATCH, to));
            System.out.printf("  repetition %d: raw %.0f rows/s, API bulk %.0f rows/s%n", r + 1, rawRates[r], bulkRates[r]);
        }
        double[] singleRates = new double[REPETITIONS];
        for (int r = 0; r < REPETITIONS; r++) {
            int base = clients + r * ONE_BY_ONE;
            singleRates[r] = ONE_BY_ONE / Load.timed(8, ONE_BY_ONE, i -> createOne(base + i));
        }
        String rawSpread = ResultTable.spread(rawRates, "rows/s") + ", one thread, commit per " + BATCH;
        table.add("client create through the API, bulk (" + BATCH + " per request, 4 clients)",
                ResultTable.spread(bulkRates, "rows/s"), "raw JDBC batch insert: " + rawSpread,
                ResultTable.ratio(ResultTable.median(bulkRates) / ResultTable.median(rawRates)), "≥ 0.5 × raw");
        table.add("client create through the API, one by one (8 clients)", ResultTable.spread(singleRates, "rows/s"),
                "raw JDBC batch insert (above)",
                ResultTable.ratio(ResultTable.median(singleRates) / ResultTable.median(rawRates)), "");
    }

    private static int batches(int from, int to) {
        return (to - from + BATCH - 1) / BATCH;
    }

    private static boolean insertRaw(RawDerby raw, int from, int to) {
        List<SyntheticClient> batch = new ArrayList<>(BATCH);
        for (int n = from; n < Math.min(to, from + BATCH); n++) {
            batch.add(SyntheticClients.client(n));
        }
        try {
            raw.insert(batch);
            return true;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private boolean createBulk(int from, int to) {
        ArrayNode drafts = JSON.createArrayNode();
        for (int n = from; n < Math.min(to, from + BATCH); n++) {
            drafts.add(SyntheticClients.client(n).draft());
        }
        try {
            HttpResponse<String> response = http.send("POST", "/api/clients/batch", drafts.toString());
            if (response.statusCode() != 201) {
                throw new IllegalStateException("batch create answered " + response.statusCode() + ": " + response.body());
            }
            JsonNode created = JSON.readTree(response.body()).get("ids");
            for (int i = 0; i < created.size(); i++) {
                ids.set(from + i, created.get(i).asText());
            }
            return true;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private boolean createOne(int number) {
        return http.status("POST", "/api/clients", SyntheticClients.client(number).json()) == 201;
    }

    /** 32 connections reading clients by id vs the same load on a trivial resource of the same container. */
    private void readById() throws InterruptedException {
        double[] byId = new double[REPETITIONS];
        double[] trivial = new double[REPETITIONS];
        Latencies last = null;
        for (int r = 0; r < REPETITIONS; r++) {
            last = Load.run(32, seconds, (worker, sequence) ->
                    http.get("/api/clients/" + ids.get(spread(worker, sequence, clients))).statusCode() == 200);
            byId[r] = last.perSecond();
            trivial[r] = Load.run(32, seconds, (worker, sequence) -> http.get("/api/health").statusCode() == 200).perSecond();
        }
        table.add("client read by id, 32 connections", ResultTable.spread(byId, "req/s") + "; " + ResultTable.millis(last),
                "`GET /api/health` (a trivial Jersey resource): " + ResultTable.spread(trivial, "req/s"),
                ResultTable.ratio(ResultTable.median(byId) / ResultTable.median(trivial)), "≥ 5 000 req/s");
    }

    /** Search by name prefix, phone and e-mail, and the first list page: API vs the raw indexed SQL, 4 clients each. */
    private void searches(RawDerby raw) throws Exception {
        search(raw, "client search by name prefix (4 letters)", Benchmark::namePrefix, n -> "n:" + namePrefix(n), true);
        search(raw, "client search by phone typed another way", n -> SyntheticClients.client(n).phoneTypedOtherwise(),
                n -> "p:" + SyntheticClients.client(n).e164(), false);
        search(raw, "client search by e-mail", n -> SyntheticClients.client(n).email(),
                n -> "e:" + SyntheticClients.client(n).email(), false);
        Latencies api = Load.run(4, seconds, (worker, sequence) -> http.get("/api/clients?limit=20&sort=name").statusCode() == 200);
        Latencies limit = rawLoad(raw, (connection, number) -> RawDerby.listPage(connection) == 20);
        table.add("client list, first page by name", ResultTable.millis(api), "raw SQL: " + ResultTable.millis(limit),
                ResultTable.ratio(api.p95() / limit.p95()) + " (p95)", "p95 ≤ 50 ms");
    }

    /** The first four letters of a client's last name word: a broad search, as users type it. */
    private static String namePrefix(int number) {
        String[] words = SyntheticClients.client(number).nameKey().split(" ");
        String last = words[words.length - 1];
        return last.substring(0, Math.min(4, last.length()));
    }

    /** What a user types to find client number n, or the search key raw SQL looks up for it. */
    private interface Term {
        String of(int number);
    }

    private void search(RawDerby raw, String figure, Term typed, Term searchKey, boolean prefix) throws Exception {
        Latencies api = Load.run(4, seconds, (worker, sequence) -> {
            String q = typed.of(spread(worker, sequence, clients));
            HttpResponse<String> response = http.get("/api/clients?limit=20&q=" + URLEncoder.encode(q, StandardCharsets.UTF_8));
            return response.statusCode() == 200 && response.body().contains("\"id\"");
        });
        Latencies limit = rawLoad(raw, (connection, number) -> RawDerby.search(connection, searchKey.of(number), prefix) > 0);
        table.add(figure, ResultTable.millis(api), "raw indexed SQL: " + ResultTable.millis(limit),
                ResultTable.ratio(api.p95() / limit.p95()) + " (p95)", "p95 ≤ 50 ms");
    }

    private interface RawQuery {
        boolean run(Connection connection, int number) throws SQLException;
    }

    /** The same closed loop as the API's, 4 workers, each on its own embedded connection. */
    private Latencies rawLoad(RawDerby raw, RawQuery query) throws Exception {
        return raw.load(4, seconds, (connection, worker, sequence) -> query.run(connection, spread(worker, sequence, clients)));
    }

    /** A client with 1 000 activities; its timeline's first page under 4 clients. */
    private void timeline() throws Exception {
        String client = JSON.readTree(http.send("POST", "/api/clients", SyntheticClients.client(clients + 10_000).json()).body())
                .get("id").asText();
        Instant now = Instant.now();
        Load.timed(8, TIMELINE_ACTIVITIES, i -> {
            String activity = "{\"clientId\":\"" + client + "\",\"type\":\"call\",\"direction\":\"OUTBOUND\","
                    + "\"subject\":\"Call " + i + "\",\"occurredAt\":\"" + now.minus(i, ChronoUnit.MINUTES) + "\"}";
            return http.status("POST", "/api/activities", activity) == 201;
        });
        Latencies page = Load.run(4, seconds, (worker, sequence) ->
                http.get("/api/clients/" + client + "/timeline?limit=20").statusCode() == 200);
        table.add("timeline of a client with " + TIMELINE_ACTIVITIES + " activities, first page", ResultTable.millis(page),
                "—", "", "");
    }

    /** Installs and removes the probe module three times through /api/modules while 3 clients list clients. */
    private void moduleHotDeploy() throws Exception {
        double[] installs = new double[REPETITIONS];
        double[] removals = new double[REPETITIONS];
        Background core = new Background(http, "/api/clients?limit=20", 3);
        try {
            for (int r = 0; r < REPETITIONS; r++) {
                long started = System.nanoTime();
                require(http.send("POST", "/api/modules", "{\"id\":\"bench\"}"), 201);
                awaitStatus("/api/bench/ping", 200);
                installs[r] = (System.nanoTime() - started) / 1e9;
                started = System.nanoTime();
                require(http.send("DELETE", "/api/modules/bench", null), 204);
                awaitStatus("/api/bench/ping", 404);
                removals[r] = (System.nanoTime() - started) / 1e9;
            }
        } finally {
            core.stop();
        }
        table.add("module hot install, until its endpoint answers", ResultTable.spread(installs, "s"),
                "core requests meanwhile: " + core.answered.get() + " answered, " + core.failed.get() + " failed", "",
                "≤ 5 s, 0 failed");
        table.add("module hot uninstall, until its endpoint answers 404", ResultTable.spread(removals, "s"), "", "", "");
    }

    /**
     * The fitness module installed at runtime, {@value #MEMBERS} members with a yearly membership, and
     * {@value #TURNSTILES} turnstiles checking cards in for the whole period, each with a new request id.
     */
    private void fitnessCheckins() throws Exception {
        require(http.send("POST", "/api/modules", "{\"id\":\"fitness\"}"), 201);
        awaitStatus("/api/fitness/plans", 200);
        String plan = JSON.readTree(require(http.send("POST", "/api/fitness/plans", "{\"name\":\"Yearly\",\"kind\":\"TIME\","
                + "\"duration\":12,\"durationUnit\":\"MONTHS\",\"freezeDays\":30,\"price\":\"499\",\"currency\":\"EUR\"}"), 201).body())
                .get("id").asText();
        Load.timed(4, MEMBERS, i -> http.status("POST", "/api/fitness/memberships", "{\"clientId\":\"" + ids.get(i)
                + "\",\"planId\":\"" + plan + "\",\"card\":\"" + card(i) + "\"}") == 201);
        Latencies checkins = Load.run(TURNSTILES, seconds, (worker, sequence) -> {
            String request = "{\"card\":\"" + card(spread(worker, sequence, MEMBERS)) + "\",\"requestId\":\"" + UUID.randomUUID() + "\"}";
            HttpResponse<String> answer = http.send("POST", "/api/fitness/checkins", request);
            return answer.statusCode() == 200 && answer.body().contains("\"ALLOW\"");
        });
        Latencies trivial = Load.run(TURNSTILES, seconds, (worker, sequence) -> http.get("/api/health").statusCode() == 200);
        table.add("fitness check-in at the turnstile, " + TURNSTILES + " turnstiles, " + MEMBERS + " members",
                ResultTable.millis(checkins), "`GET /api/health`, same load: " + ResultTable.millis(trivial),
                ResultTable.ratio(checkins.p95() / trivial.p95()) + " (p95)", "p95 ≤ 100 ms");
    }

    private static String card(int member) {
        return "B-" + (100_000 + member);
    }

    private void idleMemory() throws Exception {
        Thread.sleep(10_000);
        double[] heap = atrium.heapMiB();
        table.add("idle memory after the load", String.format(Locale.ROOT, "RSS %.0f MiB; heap %.0f MiB used after GC (%.0f MiB committed)",
                atrium.rssMiB(), heap[0], heap[1]), "—", "", "RSS ≤ 400 MB");
    }

    private void awaitStatus(String path, int status) throws InterruptedException {
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (http.status(path) != status) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException(path + " did not answer " + status + " within 60 s");
            }
            Thread.sleep(20);
        }
    }

    static HttpResponse<String> require(HttpResponse<String> response, int status) {
        if (response.statusCode() != status) {
            throw new IllegalStateException("expected " + status + ", got " + response.statusCode() + ": " + response.body());
        }
        return response;
    }

    /** A client number for a worker's next call, spread over the whole data set. */
    static int spread(int worker, long sequence, int count) {
        return (int) Math.floorMod(worker * 7_919L + sequence * 104_729L, count);
    }

    /** This machine, for the table's footer. */
    static final class Machine {
        private Machine() {
        }

        static Map<String, Object> describe() {
            Map<String, Object> machine = new LinkedHashMap<>();
            machine.put("cores", Runtime.getRuntime().availableProcessors());
            machine.put("cpu", firstValue("/proc/cpuinfo", "model name"));
            machine.put("memory", firstValue("/proc/meminfo", "MemTotal"));
            machine.put("java", System.getProperty("java.runtime.version"));
            machine.put("date", Instant.now().truncatedTo(ChronoUnit.SECONDS).toString());
            machine.put("summary", String.format("Measured %s on %s cores (%s), %s memory, Java %s.", machine.get("date"),
                    machine.get("cores"), machine.get("cpu"), machine.get("memory"), machine.get("java")));
            return machine;
        }

        private static String firstValue(String file, String key) {
            try {
                return Files.readAllLines(Path.of(file)).stream().filter(line -> line.startsWith(key))
                        .map(line -> line.substring(line.indexOf(':') + 1).strip()).findFirst().orElse("?");
            } catch (IOException e) {
                return "?";
            }
        }
    }

    /** The feature that installs this jar as the probe module. */
    static final class ModuleFeature {
        private ModuleFeature() {
        }

        static String xml(Path bundle) {
            return """
                    <?xml version="1.0" encoding="UTF-8"?>
                    <features name="atrium-benchmark-probe" xmlns="http://karaf.apache.org/xmlns/features/v1.6.0">
                        <feature name="atrium-bench" version="1.0.0" description="Benchmark probe">
                            <capability>atrium.module;id=bench</capability>
                            <bundle>%s</bundle>
                        </feature>
                    </features>
                    """.formatted(bundle.toUri());
        }
    }
}
