package org.atriumcrm.core.quality.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.atriumcrm.core.api.ClientDraft;
import org.atriumcrm.core.api.ClientKind;
import org.atriumcrm.core.quality.MatchDecision;
import org.atriumcrm.core.quality.MatchKey;
import org.atriumcrm.core.quality.MatchScore;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Precision, recall and F1 of the strong-match decision on the labelled pairs of
 * {@code quality/evaluation-set.jsonl}: true duplicates and near-misses in Russian, Spanish and
 * English. A pair counts as matched when the second client would be found by one of the first's
 * lookup keys (as the store finds candidates) and scored strong. Settings are a St Petersburg
 * firm's: region RU, area code 812.
 */
class EvaluationSetTest {

    static final String RESOURCE = "/quality/evaluation-set.jsonl";
    private static final double TARGET_F1 = 0.95;

    private static QualityService quality;
    private static List<Pair> pairs;

    record Pair(String id, boolean duplicate, String lang, String category, ClientDraft a, ClientDraft b) {
    }

    record Outcome(Pair pair, boolean found, MatchScore score) {
        boolean matched() {
            return found && score.decision() == MatchDecision.STRONG;
        }

        boolean candidate() {
            return found && score.decision() != MatchDecision.NONE;
        }
    }

    @BeforeAll
    static void load() throws IOException {
        quality = new QualityService(QualitySettings.of("RU", "812"));
        pairs = read();
    }

    @Test
    void theSetIsLargeAndCoversThreeLanguagesAndBothLabels() {
        assertTrue(pairs.size() >= 150, "pairs: " + pairs.size());
        for (String lang : List.of("ru", "es", "en")) {
            assertTrue(pairs.stream().filter(pair -> pair.lang.equals(lang)).filter(Pair::duplicate).count() >= 20, lang);
            assertTrue(pairs.stream().filter(pair -> pair.lang.equals(lang)).filter(pair -> !pair.duplicate).count() >= 20, lang);
        }
        assertEquals(pairs.size(), pairs.stream().map(Pair::id).distinct().count(), "ids are unique");
    }

    @Test
    void theStrongMatchDecisionReachesTheTargetF1() {
        List<Outcome> outcomes = pairs.stream().map(EvaluationSetTest::evaluate).toList();
        Figures all = Figures.of(outcomes);
        StringBuilder report = new StringBuilder();
        report.append(String.format("Duplicate detection on %d labelled pairs (%d duplicates, %d near-misses)%n", outcomes.size(),
                outcomes.stream().filter(outcome -> outcome.pair.duplicate).count(),
                outcomes.stream().filter(outcome -> !outcome.pair.duplicate).count()));
        report.append("  all ").append(all).append('\n');
        Map<String, List<Outcome>> byLang = new LinkedHashMap<>();
        for (Outcome outcome : outcomes) {
            byLang.computeIfAbsent(outcome.pair.lang, lang -> new ArrayList<>()).add(outcome);
        }
        byLang.forEach((lang, list) -> report.append("  ").append(lang).append("  ").append(Figures.of(list)).append('\n'));
        long duplicates = outcomes.stream().filter(outcome -> outcome.pair.duplicate).count();
        long shown = outcomes.stream().filter(outcome -> outcome.pair.duplicate && outcome.candidate()).count();
        report.append(String.format("  duplicates shown as candidates (strong or possible): %d of %d%n", shown, duplicates));
        long nearMissesStrong = outcomes.stream().filter(outcome -> !outcome.pair.duplicate && outcome.matched()).count();
        report.append(String.format("  near-misses scored strong: %d%n", nearMissesStrong));
        for (Outcome outcome : outcomes) {
            if (outcome.pair.duplicate != outcome.matched()) {
                report.append(String.format("  %s %-10s %s (%s): found=%s %s%n", outcome.matched() ? "FALSE POSITIVE" : "missed        ",
                        outcome.pair.id, outcome.pair.a.name() + " / " + outcome.pair.b.name(), outcome.pair.category, outcome.found,
                        outcome.score));
            }
        }
        System.out.print(report);
        assertTrue(all.f1() >= TARGET_F1, report::toString);
    }

    @Test
    void everyDuplicateIsFoundByAKey() {
        List<String> notFound = pairs.stream().filter(Pair::duplicate).map(EvaluationSetTest::evaluate)
                .filter(outcome -> !outcome.found).map(outcome -> outcome.pair.id).toList();
        assertEquals(List.of(), notFound, "duplicates that no lookup key would find");
    }

    @Test
    void scoringManyCandidatesAtOnceGivesEachTheScoreItGetsAlone() {
        Map<String, Set<MatchKey>> stored = new LinkedHashMap<>();
        pairs.forEach(pair -> stored.put(pair.id, quality.keysOf(pair.b)));
        for (Pair pair : pairs) {
            Set<MatchKey> draft = quality.keysOf(pair.a);
            Map<String, MatchScore> alone = new LinkedHashMap<>();
            stored.forEach((id, keys) -> alone.put(id, quality.score(draft, keys)));
            assertEquals(alone, quality.scoreAll(draft, stored), pair.id);
            assertEquals(List.copyOf(stored.keySet()), List.copyOf(quality.scoreAll(draft, stored).keySet()), "in the candidates' order");
        }
    }

    private static Outcome evaluate(Pair pair) {
        Set<MatchKey> draft = quality.keysOf(pair.a);
        Set<MatchKey> stored = quality.keysOf(pair.b);
        boolean found = draft.stream().filter(MatchKey::lookup).anyMatch(stored::contains);
        return new Outcome(pair, found, quality.score(draft, stored));
    }

    record Figures(int truePositives, int falsePositives, int falseNegatives, int trueNegatives) {

        static Figures of(List<Outcome> outcomes) {
            int tp = 0;
            int fp = 0;
            int fn = 0;
            int tn = 0;
            for (Outcome outcome : outcomes) {
                if (outcome.matched()) {
                    if (outcome.pair.duplicate) {
                        tp++;
                    } else {
                        fp++;
                    }
                } else if (outcome.pair.duplicate) {
                    fn++;
                } else {
                    tn++;
                }
            }
            return new Figures(tp, fp, fn, tn);
        }

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

        @Override
        public String toString() {
            return String.format("precision %.3f  recall %.3f  F1 %.3f  (TP %d, FP %d, FN %d, TN %d)", precision(), recall(), f1(),
                    truePositives, falsePositives, falseNegatives, trueNegatives);
        }
    }

    static List<Pair> read() throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<Pair> pairs = new ArrayList<>();
        try (InputStream in = EvaluationSetTest.class.getResourceAsStream(RESOURCE);
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode node = json.readTree(line);
                pairs.add(new Pair(node.get("id").asText(), "duplicate".equals(node.get("label").asText()), node.get("lang").asText(),
                        node.get("category").asText(), draft(node.get("a")), draft(node.get("b"))));
            }
        }
        return Collections.unmodifiableList(pairs);
    }

    private static ClientDraft draft(JsonNode side) {
        String name = side.get("name").asText();
        Drafts draft = ClientKind.PERSON.name().equals(text(side, "kind")) ? Drafts.person(name) : Drafts.org(name);
        draft.phones(strings(side, "phones")).emails(strings(side, "emails"));
        if (text(side, "website") != null) {
            draft.website(text(side, "website"));
        }
        if (text(side, "city") != null || text(side, "country") != null) {
            draft.city(text(side, "city"), text(side, "country"));
        }
        if (text(side, "inn") != null || text(side, "ogrn") != null || text(side, "taxId") != null || text(side, "vat") != null) {
            draft.entity(null, text(side, "country"), text(side, "inn"), text(side, "ogrn"), text(side, "taxId"), text(side, "vat"));
        }
        return draft.build();
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }

    private static String[] strings(JsonNode node, String field) {
        JsonNode values = node.get(field);
        if (values == null) {
            return new String[0];
        }
        List<String> list = new ArrayList<>();
        values.forEach(value -> list.add(value.asText()));
        return list.stream().collect(Collectors.toList()).toArray(new String[0]);
    }
}
