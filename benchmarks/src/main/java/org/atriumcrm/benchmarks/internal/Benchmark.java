package org.atriumcrm.benchmarks.internal;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
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

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Starts the built Atrium on a fresh database, makes its users and a custom field through the API,
 * writes a base of synthetic clients straight into its Derby while it is stopped (one base for every
 * figure group of the run), measures the raw-SQL limits on those same database files, then starts
 * Atrium on them and measures searches, lists, reads, creates, the timeline, module hot install,
 * start time and memory (the figure group {@value #CORE}), duplicate matching ({@value #MATCH},
 * see {@link DuplicateMatching}) and the automation engine ({@value #AUTOMATION}, see {@link AutomationFigures}). {@code bench.figures} chooses the groups. Every throughput is
 * measured three times; every figure is printed beside the limit of this machine measured in the
 * same run.
 */
public final class Benchmark {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int REPETITIONS = 3;
    private static final int TIMELINE_ACTIVITIES = 1000;
    private static final int MEMBERS = 500;
    private static final int TURNSTILES = 8;
    /** Longer than the 30 to 60 s after which an idle server collects, and its 30 s trim (bin/setenv). */
    private static final long IDLE_MILLIS = 75_000;

    /** The figure groups, in the order they run and are listed. */
    private static final String CORE = "core";
    private static final String MATCH = "match";
    private static final String AUTOMATION = "automation";
    private static final List<String> GROUPS = List.of(CORE, MATCH, AUTOMATION);

    private final Set<String> figures = figureGroups(System.getProperty("bench.figures", "all"));
    /**
     * The base's size: {@code bench.clients} when the core group runs, else {@code bench.match.clients}
     * when the match group does, else {@code bench.automation.clients} (rules need no large base).
     */
    private final int clients = figures.contains(CORE) ? Integer.getInteger("bench.clients", 100_000)
            : figures.contains(MATCH) ? Integer.getInteger("bench.match.clients", 1_000_000)
            : Integer.getInteger("bench.automation.clients", 10_000);
    private final int automationEvents = Integer.getInteger("bench.automation.events", 1_000);
    private final double seconds = Integer.getInteger("bench.seconds", 10);
    private final Path work = Path.of(System.getProperty("bench.work", "target/bench")).toAbsolutePath();
    private final List<String> phases = new ArrayList<>();
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
        boolean core = figures.contains(CORE);
        boolean match = figures.contains(MATCH);
        boolean automation = figures.contains(AUTOMATION);
        System.out.printf("Atrium benchmark: groups %s, a base of %,d clients, %.0f s per load run, in %s%n",
                String.join(", ", figures), clients, seconds, work);
        atrium = AtriumProcess.unpack(distribution, work.resolve("atrium"), moduleFeature);
        http = new Http(atrium.httpPort);
        try {
            double emptyStart = phase("started Atrium on an empty database", () -> atrium.start(http));
            Staff staff = phase("created " + Staff.USERS + " users in " + Staff.TEAMS + " teams and the segment field",
                    () -> Staff.create(http));
            atrium.stop();
            DuplicateMatching matching = match ? new DuplicateMatching(clients, seconds, table) : null;
            if (match) {
                table.startGroup(MATCH);
                phase("measured the evaluation set on the empty base", () -> emptyBaseEvaluation(matching));
            }
            DirectLoad.Result loaded = phase(String.format(Locale.ROOT, "loaded %,d clients straight into Derby", clients),
                    () -> DirectLoad.load(atrium.database(), clients, staff.managerIds(), work.resolve("load")));
            PageFigures pages = new PageFigures(clients, staff, seconds);
            CreateFigures creates = new CreateFigures(clients);
            try (RawDerby raw = new RawDerby(atrium.database())) {
                if (match) {
                    phase("measured the raw duplicate lookups", () -> matching.measureRaw(raw));
                }
                if (core) {
                    phase("measured the raw search and list pages", () -> pages.measureRaw(raw));
                    phase("measured the raw inserts", () -> creates.measureRaw(raw));
                }
            }
            double loadedStart = phase("started Atrium on the loaded base", () -> atrium.start(http));
            table.startGroup(core ? CORE : match ? MATCH : AUTOMATION);
            table.add("client base written straight into Derby while Atrium is stopped (shared by the groups of this run)",
                    loaded.describe() + String.format(Locale.ROOT, "; Atrium then answered after %.1f s", loadedStart),
                    "—", "", "≤ 30 min on 2 cores");
            if (match) {
                table.startGroup(MATCH);
                phase("measured duplicate matching", () -> matching.measureApi(http));
            }
            if (core) {
                table.startGroup(CORE);
                Http sales = new Http(atrium.httpPort);
                sales.authorize(staff.salesToken());
                phase("measured the search and list pages", () -> pages.measureApi(http, sales, table));
                phase("measured reads by id", this::readById);
                phase("measured creates", () -> creates.measureApi(http, table));
                phase("measured the timeline, modules and fitness", () -> {
                    timeline(creates.next());
                    moduleHotDeploy();
                    fitnessCheckins();
                });
                idleMemory();
                atrium.stop();
                double coldStart = phase("cold start", () -> atrium.start(http));
                table.add("cold start to first 200 on /api/clients", String.format(Locale.ROOT, "%.1f s with %,d clients (%.1f s empty)",
                        coldStart, clients + creates.created(), emptyStart), "—", "", "≤ 15 s");
            }
            if (automation) {
                // last: its rules are left disabled, but its runs and clients stay in the base
                table.startGroup(AUTOMATION);
                AutomationFigures rules = new AutomationFigures(creates.next() + 1, automationEvents, seconds);
                phase("measured the automation rules", () -> rules.measure(http, table));
            }
        } finally {
            atrium.stop();
        }
        table.write(Path.of(System.getProperty("bench.results", "results")));
        System.out.println();
        System.out.print(table.markdown());
        System.out.println();
        phases.forEach(System.out::println);
    }

    /**
     * The duplicate-detection F1 needs each pair alone on an empty base: measured on a copy of the
     * empty database (users and fields made), which then comes back, since Derby bulk-imports into
     * empty tables only.
     */
    private void emptyBaseEvaluation(DuplicateMatching matching) throws Exception {
        Path empty = work.resolve("empty-derby");
        AtriumProcess.deleteRecursively(empty);
        AtriumProcess.copyRecursively(atrium.database(), empty);
        atrium.start(http);
        matching.evaluationSet(http);
        atrium.stop();
        AtriumProcess.deleteRecursively(atrium.database());
        AtriumProcess.copyRecursively(empty, atrium.database());
        AtriumProcess.deleteRecursively(empty);
    }

    private interface Phase<T> {
        T run() throws Exception;
    }

    private interface VoidPhase {
        void run() throws Exception;
    }

    /** Runs one phase of the run and keeps how long it took, for the summary printed at the end. */
    private <T> T phase(String what, Phase<T> phase) throws Exception {
        long started = System.nanoTime();
        T result = phase.run();
        String line = String.format(Locale.ROOT, "phase: %-70s %7.1f s", what, (System.nanoTime() - started) / 1e9);
        phases.add(line);
        System.out.println(line);
        return result;
    }

    private void phase(String what, VoidPhase phase) throws Exception {
        phase(what, () -> {
            phase.run();
            return null;
        });
    }

    /** The figure groups {@code bench.figures} names, separated by commas: {@value #CORE}, {@value #MATCH}, {@value #AUTOMATION} or all. */
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

    /**
     * 32 connections reading clients by id vs the same load on a trivial resource of the same
     * container, each after the same short warm-up (as every page figure has): no other figure
     * reads a client by id before, so its first repetition measured the path still being compiled.
     */
    private void readById() throws InterruptedException {
        double[] byId = new double[REPETITIONS];
        double[] trivial = new double[REPETITIONS];
        Load.Call read = (worker, sequence) ->
                http.get("/api/clients/" + DirectLoad.id(spread(worker, sequence, clients))).statusCode() == 200;
        Load.Call health = (worker, sequence) -> http.get("/api/health").statusCode() == 200;
        Load.run(32, Math.min(2, seconds), read);
        Load.run(32, Math.min(2, seconds), health);
        Latencies last = null;
        for (int r = 0; r < REPETITIONS; r++) {
            last = Load.run(32, seconds, read);
            byId[r] = last.perSecond();
            trivial[r] = Load.run(32, seconds, health).perSecond();
        }
        table.add("client read by id, 32 connections", ResultTable.spread(byId, "req/s") + "; " + ResultTable.millis(last),
                "`GET /api/health` (a trivial Jersey resource): " + ResultTable.spread(trivial, "req/s"),
                ResultTable.ratio(ResultTable.median(byId) / ResultTable.median(trivial)), "≥ 0.5 × trivial");
    }

    /** A client with 1 000 activities; its timeline's first page under 4 clients. */
    private void timeline(int number) throws Exception {
        String client = JSON.readTree(require(http.send("POST", "/api/clients?confirmedNew=true",
                SyntheticClients.client(number).json()), 201).body()).get("id").asText();
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
        Load.timed(4, MEMBERS, i -> http.status("POST", "/api/fitness/memberships", "{\"clientId\":\"" + DirectLoad.id(member(i))
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

    /** The i-th client of the base that is not archived: a member who may check in. */
    private static int member(int i) {
        int n = 0;
        for (int found = -1; ; n++) {
            if (!BaseProfile.archived(n) && ++found == i) {
                return n;
            }
        }
    }

    private static String card(int member) {
        return "B-" + (100_000 + member);
    }

    /**
     * Resident memory once the server has been idle for longer than its own housekeeping interval
     * (bin/setenv: a compacting collection 30 to 60 s after the last one, a C-heap trim every 30 s), read before the heap
     * figures, whose forced collection would otherwise be measured instead.
     */
    private void idleMemory() throws Exception {
        Thread.sleep(IDLE_MILLIS);
        double rss = atrium.rssMiB();
        double[] heap = atrium.heapMiB();
        table.add("idle memory after the load", String.format(Locale.ROOT,
                "RSS %.0f MiB after %d s without requests; heap %.0f MiB used after GC (%.0f MiB committed)",
                rss, IDLE_MILLIS / 1000, heap[0], heap[1]), "—", "", "RSS ≤ 450 MiB");
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
