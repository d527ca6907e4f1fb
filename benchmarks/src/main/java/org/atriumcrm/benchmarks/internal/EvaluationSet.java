package org.atriumcrm.benchmarks.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.atriumcrm.core.quality.MatchKey;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * core/quality's labelled pairs ({@code quality/evaluation-set.jsonl} in its jar) put to a running
 * Atrium, one pair at a time: the second client is created ({@code ?confirmedNew=true}), the first is
 * sent to {@code POST /api/clients/match}, and the created client is deleted again, so that no pair
 * meets another. A pair counts as matched when the created client comes back as a STRONG candidate,
 * as core/quality's EvaluationSetTest counts it with the library alone.
 */
final class EvaluationSet {

    private static final String RESOURCE = "/quality/evaluation-set.jsonl";
    private static final ObjectMapper JSON = new ObjectMapper();

    /** One labelled pair: {@code draft} is matched against {@code stored}. */
    record Pair(String id, boolean duplicate, ObjectNode draft, ObjectNode stored) {
    }

    /**
     * The confusion counts of the strong-match decision, and what they give.
     *
     * @param refused the pairs whose stored side Atrium refused to create, left out of the counts
     */
    record Figures(int truePositives, int falsePositives, int falseNegatives, int trueNegatives, List<String> refused) {

        double precision() {
            return truePositives + falsePositives == 0 ? 1 : (double) truePositives / (truePositives + falsePositives);
        }

        double recall() {
            return truePositives + falseNegatives == 0 ? 1 : (double) truePositives / (truePositives + falseNegatives);
        }

        double f1() {
            double sum = precision() + recall();
            return sum == 0 ? 0 : 2 * precision() * recall() / sum;
        }

        String describe() {
            return String.format(Locale.ROOT, "precision %.3f, recall %.3f, F1 %.3f (TP %d, FP %d, FN %d, TN %d%s)",
                    precision(), recall(), f1(), truePositives, falsePositives, falseNegatives, trueNegatives,
                    refused.isEmpty() ? "" : "; " + refused.size() + " pairs refused: " + String.join(", ", refused));
        }
    }

    private EvaluationSet() {
    }

    /** The pairs, each side as the API's client JSON. */
    static List<Pair> read() throws IOException {
        List<Pair> pairs = new ArrayList<>();
        try (InputStream in = EvaluationSet.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is not on the classpath: core/quality's jar should be");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isBlank()) {
                    JsonNode pair = JSON.readTree(line);
                    pairs.add(new Pair(pair.get("id").asText(), "duplicate".equals(pair.get("label").asText()),
                            draft(pair.get("a"), false), draft(pair.get("b"), true)));
                }
            }
        }
        return pairs;
    }

    /** Every pair through the API; {@code website} must be a custom field of clients. */
    static Figures throughApi(Http http, List<Pair> pairs) throws IOException, InterruptedException {
        Tally tally = new Tally();
        for (Pair pair : pairs) {
            HttpResponse<String> created = http.send("POST", "/api/clients?confirmedNew=true", pair.stored().toString());
            if (created.statusCode() != 201) {
                tally.refuse(pair);
                System.out.printf("  pair %s not stored: %d %s%n", pair.id(), created.statusCode(), created.body());
                continue;
            }
            String id = JSON.readTree(created.body()).get("id").asText();
            HttpResponse<String> answer = http.send("POST", "/api/clients/match", pair.draft().toString());
            if (answer.statusCode() != 200) {
                throw new IllegalStateException("match of pair " + pair.id() + " answered " + answer.statusCode() + ": " + answer.body());
            }
            boolean matched = false;
            for (JsonNode candidate : JSON.readTree(answer.body()).get("candidates")) {
                matched |= id.equals(candidate.get("clientId").asText()) && "STRONG".equals(candidate.get("decision").asText());
            }
            if (http.status("DELETE", "/api/clients/" + id, null) != 204) {
                throw new IllegalStateException("the stored client of pair " + pair.id() + " could not be deleted");
            }
            if (matched != pair.duplicate()) {
                System.out.printf("  %s %s: %s / %s%n", matched ? "false positive" : "missed", pair.id(),
                        pair.draft().get("name").asText(), pair.stored().get("name").asText());
            }
            tally.add(pair, matched);
        }
        return tally.figures();
    }

    /**
     * Every pair with the library alone, as EvaluationSetTest counts it: matched when a lookup key of
     * the draft is a key of the stored client and the score is strong.
     */
    static Figures withLibrary(QualityLibrary quality, List<Pair> pairs) {
        Tally tally = new Tally();
        for (Pair pair : pairs) {
            Set<MatchKey> draft = quality.keysOf(pair.draft());
            Set<MatchKey> stored = quality.keysOf(pair.stored());
            tally.add(pair, draft.stream().filter(MatchKey::lookup).anyMatch(stored::contains)
                    && quality.score(draft, stored).strong());
        }
        return tally.figures();
    }

    /** Counts outcomes pair by pair. */
    private static final class Tally {
        private int truePositives;
        private int falsePositives;
        private int falseNegatives;
        private int trueNegatives;
        private final List<String> refused = new ArrayList<>();

        void add(Pair pair, boolean matched) {
            if (matched && pair.duplicate()) {
                truePositives++;
            } else if (matched) {
                falsePositives++;
            } else if (pair.duplicate()) {
                falseNegatives++;
            } else {
                trueNegatives++;
            }
        }

        void refuse(Pair pair) {
            refused.add(pair.id());
        }

        Figures figures() {
            return new Figures(truePositives, falsePositives, falseNegatives, trueNegatives, List.copyOf(refused));
        }
    }

    /**
     * One side as a client draft, the way EvaluationSetTest builds it: the website as the custom
     * field {@code website}, city and country as an address, tax ids on one legal entity, named as
     * the client when it is to be stored (a stored legal entity needs a name).
     */
    private static ObjectNode draft(JsonNode side, boolean stored) {
        ObjectNode draft = JSON.createObjectNode();
        draft.put("kind", text(side, "kind"));
        draft.put("name", text(side, "name"));
        draft.set("phones", side.has("phones") ? side.get("phones") : JSON.createArrayNode());
        draft.set("emails", side.has("emails") ? side.get("emails") : JSON.createArrayNode());
        if (text(side, "website") != null) {
            draft.putObject("customFields").put("website", text(side, "website"));
        }
        if (text(side, "city") != null || text(side, "country") != null) {
            draft.putArray("addresses").addObject().put("city", text(side, "city")).put("country", text(side, "country"));
        }
        if (text(side, "inn") != null || text(side, "ogrn") != null || text(side, "taxId") != null || text(side, "vat") != null) {
            ObjectNode entity = draft.putArray("legalEntities").addObject();
            if (stored) {
                entity.put("name", text(side, "name"));
            }
            entity.put("country", text(side, "country")).put("inn", text(side, "inn")).put("ogrn", text(side, "ogrn"))
                    .put("taxId", text(side, "taxId")).put("vatNumber", text(side, "vat"));
        }
        return draft;
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }
}
