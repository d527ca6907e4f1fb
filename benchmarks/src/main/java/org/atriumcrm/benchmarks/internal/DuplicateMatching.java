package org.atriumcrm.benchmarks.internal;

import java.net.http.HttpResponse;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLongArray;

import org.atriumcrm.benchmarks.internal.MatchDrafts.Kind;
import org.atriumcrm.core.quality.MatchKey;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The figure group {@code match}: duplicate matching. On the empty database, the F1 of core/quality's
 * evaluation set through the API ({@link #evaluationSet}); then, on the run's loaded base, the
 * candidate lookup of three kinds of drafts as raw SQL while Atrium is stopped ({@link #measureRaw})
 * and {@code POST /api/clients/match} once it runs ({@link #measureApi}), each beside the other.
 */
final class DuplicateMatching {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int THREADS = 4;
    /** Drafts of each kind, made from clients spread over the base; their keys computed once, before measuring. */
    private static final int POOL = 4096;
    private static final String[] VERDICTS = {"STRONG", "POSSIBLE", "NONE"};

    /** A draft as sent, the client of the base it was made from, and its lookup keys for the raw lookup. */
    private record Draft(String json, String originalId, List<MatchKey> lookupKeys) {
    }

    private final int clients;
    private final double seconds;
    private final ResultTable table;
    private final QualityLibrary quality = new QualityLibrary();
    private Map<Kind, Draft[]> drafts;
    private Map<Kind, Latencies> limits;

    /** @param clients the size of the base the figures run on, clients 0 … clients − 1 of the generator */
    DuplicateMatching(int clients, double seconds, ResultTable table) {
        this.clients = clients;
        this.seconds = seconds;
        this.table = table;
    }

    /** The raw candidate lookups on the loaded base, Atrium stopped. */
    void measureRaw(RawDerby raw) throws Exception {
        drafts = drafts();
        limits = rawLookups(raw);
    }

    /** {@code POST /api/clients/match} on the loaded base, after {@link #measureRaw}. */
    void measureApi(Http http) throws Exception {
        System.out.printf("Duplicate matching: %,d clients, %.0f s per load run%n", clients, seconds);
        matches(http);
    }

    /**
     * core/quality's labelled pairs through the running Atrium, beside the library alone on the same
     * pairs (those whose stored side Atrium accepts) and on all of them.
     */
    void evaluationSet(Http http) throws Exception {
        Benchmark.require(http.send("POST", "/api/custom-fields",
                "{\"recordKind\":\"CLIENT\",\"key\":\"website\",\"label\":\"Website\",\"type\":\"TEXT\"}"), 201);
        List<EvaluationSet.Pair> pairs = EvaluationSet.read();
        EvaluationSet.Figures api = EvaluationSet.throughApi(http, pairs);
        List<EvaluationSet.Pair> stored = pairs.stream().filter(pair -> !api.refused().contains(pair.id())).toList();
        table.add("duplicate detection on core/quality's evaluation set (" + pairs.size() + " labelled pairs) through "
                        + "`POST /api/clients/match`, each pair alone on an empty base",
                api.describe(),
                "the library alone, as EvaluationSetTest counts: " + EvaluationSet.withLibrary(quality, stored).describe()
                        + (stored.size() == pairs.size() ? "" : "; on all " + pairs.size() + " pairs: "
                        + EvaluationSet.withLibrary(quality, pairs).describe()),
                "", "F1 ≥ 0.95");
    }

    private Map<Kind, Draft[]> drafts() {
        Map<Kind, Draft[]> drafts = new EnumMap<>(Kind.class);
        for (Kind kind : Kind.values()) {
            Draft[] pool = new Draft[Math.min(POOL, clients)];
            for (int i = 0; i < pool.length; i++) {
                int number = Benchmark.spread(kind.ordinal(), i, clients);
                JsonNode draft = MatchDrafts.draft(kind, number);
                pool[i] = new Draft(draft.toString(), DirectLoad.id(number),
                        quality.keysOf(draft).stream().filter(MatchKey::lookup).toList());
            }
            drafts.put(kind, pool);
        }
        return drafts;
    }

    /** The candidate lookup of each draft as raw SQL, on Atrium's database while Atrium is stopped; after a warm-up. */
    private Map<Kind, Latencies> rawLookups(RawDerby raw) throws Exception {
        Map<Kind, Latencies> measured = new EnumMap<>(Kind.class);
        raw.load(THREADS, seconds, (connection, worker, sequence) -> {
            Draft draft = pick(drafts.get(Kind.values()[(int) (sequence % 3)]), worker, sequence);
            RawDerby.matchCandidateKeys(connection, draft.lookupKeys());
            return true;
        });
        for (Kind kind : Kind.values()) {
            measured.put(kind, raw.load(THREADS, seconds, (connection, worker, sequence) -> {
                RawDerby.matchCandidateKeys(connection, pick(drafts.get(kind), worker, sequence).lookupKeys());
                return true;
            }));
        }
        return measured;
    }

    /**
     * Each kind of draft through {@code POST /api/clients/match} after a warm-up, with what the
     * answers said of the client each draft was made from (for a client like no one: of the best
     * candidate).
     */
    private void matches(Http http) throws Exception {
        Load.run(THREADS, seconds, (worker, sequence) -> match(http, pick(drafts.get(Kind.values()[(int) (sequence % 3)]),
                worker, sequence)) != null);
        for (Kind kind : Kind.values()) {
            AtomicLongArray verdicts = new AtomicLongArray(VERDICTS.length);
            Latencies api = Load.run(THREADS, seconds, (worker, sequence) -> {
                Draft draft = pick(drafts.get(kind), worker, sequence);
                JsonNode candidates = match(http, draft);
                if (candidates == null) {
                    return false;
                }
                verdicts.incrementAndGet(List.of(VERDICTS).indexOf(verdict(kind, candidates, draft.originalId())));
                return true;
            });
            Latencies limit = limits.get(kind);
            table.add(String.format(Locale.ROOT, "duplicate match of %s (base of %,d clients, %d callers)", kind.description,
                            clients, THREADS),
                    ResultTable.millis(api) + "; " + (kind == Kind.NEW ? "best candidate " : "the original ") + shares(verdicts),
                    "raw SQL, the same key lookups and candidates' keys: " + ResultTable.millis(limit),
                    ResultTable.ratio(api.p95() / limit.p95()) + " (p95)", "p95 ≤ 30 ms");
        }
    }

    /** The candidates Atrium answers for a draft; {@code null} unless 200. */
    private static JsonNode match(Http http, Draft draft) throws Exception {
        HttpResponse<String> answer = http.send("POST", "/api/clients/match", draft.json());
        return answer.statusCode() == 200 ? JSON.readTree(answer.body()).get("candidates") : null;
    }

    private static String verdict(Kind kind, JsonNode candidates, String originalId) {
        for (JsonNode candidate : candidates) {
            if (kind == Kind.NEW || originalId.equals(candidate.get("clientId").asText())) {
                return candidate.get("decision").asText();
            }
        }
        return "NONE";
    }

    private static String shares(AtomicLongArray verdicts) {
        long all = 0;
        for (int i = 0; i < verdicts.length(); i++) {
            all += verdicts.get(i);
        }
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < VERDICTS.length; i++) {
            text.append(i == 0 ? "" : ", ").append(VERDICTS[i].toLowerCase(Locale.ROOT))
                    .append(String.format(Locale.ROOT, " %.1f %%", 100.0 * verdicts.get(i) / Math.max(1, all)));
        }
        return text.toString();
    }

    private static Draft pick(Draft[] pool, int worker, long sequence) {
        return pool[Benchmark.spread(worker, sequence, pool.length)];
    }
}
