package org.atriumcrm.benchmarks.internal;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The automation engine under load, through the API as an administrator would set it up: rules made
 * over {@code /api/automation/rules}, their runs read back from {@code /api/automation/runs}.
 * <ul>
 * <li>rule throughput: {@code events} clients created with one rule enabled on {@code client.created}
 * whose one action adds a tag, timed from the first create until every client's run has succeeded,
 * beside the same creates with no rule enabled (the rate at which core posts the events);</li>
 * <li>save latency: {@code PUT /api/clients/{id}} with {@value #SAVE_RULES} rules enabled on
 * {@code client.updated}, each adding a tag the save already carries (a real run that reads the
 * client and changes nothing, so that no save races a rule's own change), beside the same saves with
 * none enabled; then how long the runs took to catch up with the last save. Once from one caller,
 * saving one client after another as a user does: what the rules add to a save. Once from
 * {@value #SAVERS} callers, more than the two cores serve: then the rules' work and the saves share
 * the processors, and the rules add the time their share takes.</li>
 * </ul>
 * Three repetitions of the throughput, five of each save latency, the two sides of a figure alternating,
 * each figure after a warm-up.
 */
final class AutomationFigures {

    static final int SAVE_RULES = 10;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int REPETITIONS = 3;
    /** A p95 difference of a few milliseconds: more repetitions, so that one noisy pair does not decide it */
    private static final int SAVE_REPETITIONS = 5;
    private static final int CREATORS = 8;
    private static final int SAVERS = 4;
    private static final int WARM_UP_EVENTS = 100;
    private static final double WARM_UP_SECONDS = 2;
    private static final String RULE_TAG = "bench-rule";
    private static final String SAVE_TAG = "bench-saved";
    private static final long WAIT_NANOS = 300_000_000_000L;

    private final int events;
    private final double seconds;
    private int nextNumber;

    /** Clients numbered from {@code firstNumber} on, none of them in the base or made by another figure. */
    AutomationFigures(int firstNumber, int events, double seconds) {
        this.nextNumber = firstNumber;
        this.events = events;
        this.seconds = seconds;
    }

    void measure(Http http, ResultTable table) throws Exception {
        awaitEngine(http);
        String tagRule = createRule(http, "Benchmark: tag new clients", "client.created", RULE_TAG);
        List<String> saveRules = new ArrayList<>();
        for (int i = 0; i < SAVE_RULES; i++) {
            saveRules.add(createRule(http, "Benchmark: saved client " + (i + 1), "client.updated", SAVE_TAG));
        }
        Created saved = throughput(http, table, tagRule);
        saveLatency(http, table, saveRules, saved, 1);
        saveLatency(http, table, saveRules, saved, SAVERS);
    }

    private Created throughput(Http http, ResultTable table, String rule) throws Exception {
        enable(http, rule, true);
        awaitRuns(http, rule, create(http, WARM_UP_EVENTS).ids());
        enable(http, rule, false);
        double[] raw = new double[REPETITIONS];
        double[] withRule = new double[REPETITIONS];
        double[] posted = new double[REPETITIONS];
        Created plain = null;
        for (int r = 0; r < REPETITIONS; r++) {
            long started = System.nanoTime();
            plain = create(http, events);
            raw[r] = events / ((System.nanoTime() - started) / 1e9);
            enable(http, rule, true);
            started = System.nanoTime();
            List<String> created = create(http, events).ids();
            posted[r] = events / ((System.nanoTime() - started) / 1e9);
            awaitRuns(http, rule, created);
            withRule[r] = events / ((System.nanoTime() - started) / 1e9);
            enable(http, rule, false);
        }
        table.add(String.format(Locale.ROOT, "rule throughput: %,d clients created (%d callers) through a rule on client.created "
                        + "with one action (core.add-tag), until every run succeeded", events, CREATORS),
                ResultTable.spread(withRule, "runs/s") + "; the creates themselves " + ResultTable.spread(posted, "events/s"),
                "the same creates with no rule enabled (the raw event rate): " + ResultTable.spread(raw, "events/s"),
                ResultTable.ratio(ResultTable.median(withRule) / ResultTable.median(raw)), "");
        return plain;
    }

    /** Saves of clients, each caller its own clients, with the rules off then on, three times. */
    private void saveLatency(Http http, ResultTable table, List<String> rules, Created saved, int callers) throws Exception {
        List<String> clients = saved.ids();
        int perCaller = clients.size() / callers;
        long[] lastVersion = new long[callers];
        String[] lastClient = new String[callers];
        Load.Call save = (worker, sequence) -> {
            int index = worker + callers * (int) (sequence % perCaller);
            ObjectNode draft = SyntheticClients.client(saved.firstNumber() + index).draft();
            draft.putArray("tags").add(SAVE_TAG);
            draft.put("geography", "saved " + worker + "/" + sequence);
            HttpResponse<String> answer = http.send("PUT", "/api/clients/" + clients.get(index), draft.toString());
            if (answer.statusCode() != 200) {
                return false;
            }
            lastVersion[worker] = JSON.readTree(answer.body()).get("version").asLong();
            lastClient[worker] = clients.get(index);
            return true;
        };
        Load.run(callers, WARM_UP_SECONDS, save);
        enableAll(http, rules, true);
        Load.run(callers, WARM_UP_SECONDS, save);
        awaitCaughtUp(http, lastClient, lastVersion, rules.size());
        enableAll(http, rules, false);
        double[] added = new double[SAVE_REPETITIONS];
        double[] catchUp = new double[SAVE_REPETITIONS];
        Latencies none = null;
        Latencies with = null;
        for (int r = 0; r < SAVE_REPETITIONS; r++) {
            none = Load.run(callers, seconds, save);
            enableAll(http, rules, true);
            with = Load.run(callers, seconds, save);
            long ended = System.nanoTime();
            awaitCaughtUp(http, lastClient, lastVersion, rules.size());
            catchUp[r] = (System.nanoTime() - ended) / 1e9;
            enableAll(http, rules, false);
            added[r] = with.p95() - none.p95();
        }
        table.add(String.format(Locale.ROOT, "client save (PUT, %s) with %d rules enabled on client.updated, "
                        + "each run adding a tag", callers == 1 ? "one caller, a save after another" : callers + " callers", rules.size()),
                ResultTable.millis(with) + " (last repetition); added p95 " + ResultTable.spread(added, "ms")
                        + String.format(Locale.ROOT, "; %,d saves, %,d runs, which caught up ", with.requests(), with.requests() * rules.size())
                        + ResultTable.spread(catchUp, "s") + " after the last save",
                "the same saves with no rule enabled: " + ResultTable.millis(none) + " (last repetition)",
                ResultTable.ratio(with.p95() / none.p95()) + " (p95)", callers == 1 ? "added p95 ≤ 2 ms" : "");
    }

    /** Clients made by {@link #create}: the synthetic number of the first, and their ids in number order. */
    private record Created(int firstNumber, List<String> ids) {
    }

    /** Creates {@code count} new clients from {@value #CREATORS} callers; their ids in number order. */
    private Created create(Http http, int count) throws InterruptedException {
        int first = nextNumber;
        nextNumber += count;
        String[] ids = new String[count];
        Load.timed(CREATORS, count, i -> {
            try {
                HttpResponse<String> answer = Benchmark.require(http.send("POST", "/api/clients?confirmedNew=true",
                        SyntheticClients.client(first + i).json()), 201);
                ids[i] = JSON.readTree(answer.body()).get("id").asText();
                return true;
            } catch (IOException e) {
                throw new IllegalStateException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        });
        return new Created(first, List.of(ids));
    }

    /** Waits until the automation bundle answers: Atrium answers its health check before every bundle is up. */
    private static void awaitEngine(Http http) throws Exception {
        long deadline = System.nanoTime() + WAIT_NANOS;
        while (http.get("/api/automation/rules").statusCode() != 200) {
            waitFor(deadline, "the automation API");
        }
    }

    /** Waits until every client of {@code clients} has a succeeded run of {@code rule}, in the order they were created. */
    private static void awaitRuns(Http http, String rule, List<String> clients) throws Exception {
        long deadline = System.nanoTime() + WAIT_NANOS;
        for (String client : clients) {
            while (true) {
                JsonNode runs = JSON.readTree(Benchmark.require(http.get("/api/automation/runs?ruleId=" + rule
                        + "&recordId=" + client + "&limit=1"), 200).body());
                String status = runs.isEmpty() ? "none" : runs.get(0).get("status").asText();
                if (status.equals("SUCCEEDED")) {
                    break;
                }
                if (status.equals("FAILED")) {
                    throw new IllegalStateException("the run of rule " + rule + " for client " + client + " failed: " + runs.get(0));
                }
                waitFor(deadline, "the runs of rule " + rule);
            }
        }
    }

    /** Waits until the last save of each caller has a succeeded run of every rule. */
    private static void awaitCaughtUp(Http http, String[] clients, long[] versions, int rules) throws Exception {
        long deadline = System.nanoTime() + WAIT_NANOS;
        for (int w = 0; w < clients.length; w++) {
            String occurrence = "|" + clients[w] + "|" + versions[w];
            while (true) {
                int succeeded = 0;
                for (JsonNode run : JSON.readTree(Benchmark.require(http.get("/api/automation/runs?recordId=" + clients[w]
                        + "&limit=50"), 200).body())) {
                    if (run.get("occurrence").asText().endsWith(occurrence)) {
                        if (run.get("status").asText().equals("FAILED")) {
                            throw new IllegalStateException("a run after a save failed: " + run);
                        }
                        succeeded += run.get("status").asText().equals("SUCCEEDED") ? 1 : 0;
                    }
                }
                if (succeeded == rules) {
                    break;
                }
                waitFor(deadline, "the runs of the last saves");
            }
        }
    }

    private static void waitFor(long deadline, String what) throws InterruptedException {
        if (System.nanoTime() > deadline) {
            throw new IllegalStateException(what + " did not succeed within " + WAIT_NANOS / 1_000_000_000 + " s");
        }
        Thread.sleep(20);
    }

    /** A rule made disabled, with one trigger and one action that adds {@code tag}; its id. */
    private static String createRule(Http http, String name, String trigger, String tag) throws Exception {
        HttpResponse<String> answer = Benchmark.require(http.send("POST", "/api/automation/rules", rule(name, trigger, tag, false)), 201);
        return JSON.readTree(answer.body()).get("id").asText();
    }

    private static void enableAll(Http http, List<String> rules, boolean enabled) throws Exception {
        for (String rule : rules) {
            enable(http, rule, enabled);
        }
    }

    /** Sends the rule's definition back unchanged (no new version) with {@code enabled} set. */
    private static void enable(Http http, String id, boolean enabled) throws Exception {
        ObjectNode rule = (ObjectNode) JSON.readTree(Benchmark.require(http.get("/api/automation/rules/" + id), 200).body());
        ObjectNode request = JSON.createObjectNode().put("name", rule.get("name").asText()).put("enabled", enabled);
        request.set("trigger", rule.get("trigger"));
        request.set("conditions", rule.get("conditions"));
        request.set("actions", rule.get("actions"));
        Benchmark.require(http.send("PUT", "/api/automation/rules/" + id, request.toString()), 200);
    }

    private static String rule(String name, String trigger, String tag, boolean enabled) {
        ObjectNode rule = JSON.createObjectNode().put("name", name).put("enabled", enabled);
        rule.putObject("trigger").put("type", trigger);
        rule.putArray("actions").addObject().put("type", "core.add-tag").putObject("arguments").put("tag", tag);
        return rule.toString();
    }
}
