package org.atriumcrm.benchmarks.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/**
 * The figures of one run, each beside what it is compared with, as Markdown and JSON. Figures come
 * in groups that can run alone; writing keeps the rows of the groups this run left out from the
 * results already there, so that the file always lists every figure, each with when it was measured.
 */
final class ResultTable {

    /** One line of the table; {@code ratio} and {@code target} may be empty. */
    record Row(String group, String figure, String result, String comparedWith, String ratio, String target) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private final List<Row> rows = new ArrayList<>();
    private final JsonNode machine;
    private final List<String> groupOrder;
    /** The machine and time each group was measured on, by group, in {@code groupOrder}. */
    private final Map<String, JsonNode> runs = new LinkedHashMap<>();
    private final Set<String> measured = new HashSet<>();
    private String group;

    ResultTable(Map<String, Object> machine, List<String> groupOrder) {
        this.machine = JSON.valueToTree(machine);
        this.groupOrder = groupOrder;
    }

    /** The rows added from now on belong to this group. */
    void startGroup(String name) {
        group = name;
        measured.add(name);
        runs.put(name, machine);
    }

    void add(String figure, String result, String comparedWith, String ratio, String target) {
        rows.add(new Row(group, figure, result, comparedWith, ratio, target));
        System.out.printf("  %-55s %s%n", figure, result);
    }

    String markdown() {
        // a run measures some rows of one group between rows of another: listed by group all the same
        rows.sort(Comparator.comparingInt(row -> groupOrder.indexOf(row.group())));
        StringBuilder text = new StringBuilder();
        text.append("| figure | result | compared with | ratio | target |\n|---|---|---|---|---|\n");
        for (Row row : rows) {
            text.append("| ").append(row.figure()).append(" | ").append(row.result()).append(" | ")
                    .append(row.comparedWith()).append(" | ").append(row.ratio()).append(" | ").append(row.target())
                    .append(" |\n");
        }
        text.append('\n');
        runs.forEach((name, run) -> text.append(runs.size() > 1 ? "`" + name + "` figures: " : "")
                .append(run.path("summary").asText()).append('\n'));
        return text.toString();
    }

    /**
     * Writes {@code latest.md} and {@code latest.json}, with the rows of the groups not measured in
     * this run taken from the {@code latest.json} already in {@code folder}.
     */
    void write(Path folder) throws IOException {
        Files.createDirectories(folder);
        Path json = folder.resolve("latest.json");
        if (Files.exists(json)) {
            keepOtherGroups(JSON.readTree(json.toFile()));
        }
        Files.writeString(folder.resolve("latest.md"), "# Atrium benchmark, latest run\n\n" + markdown());
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("runs", runs);
        document.put("rows", rows);
        JSON.writer().with(SerializationFeature.INDENT_OUTPUT).writeValue(json.toFile(), document);
    }

    /** Rows and runs of the earlier results whose group did not run now; a file from before groups is all {@code core}. */
    private void keepOtherGroups(JsonNode earlier) {
        Map<String, JsonNode> earlierRuns = new LinkedHashMap<>();
        if (earlier.has("runs")) {
            earlier.get("runs").fields().forEachRemaining(run -> earlierRuns.put(run.getKey(), run.getValue()));
        } else if (earlier.has("machine")) {
            earlierRuns.put(groupOrder.get(0), earlier.get("machine"));
        }
        earlierRuns.forEach((name, run) -> {
            if (!measured.contains(name)) {
                runs.put(name, run);
            }
        });
        for (JsonNode row : earlier.path("rows")) {
            String rowGroup = row.hasNonNull("group") ? row.get("group").asText() : groupOrder.get(0);
            if (!measured.contains(rowGroup)) {
                rows.add(new Row(rowGroup, row.get("figure").asText(), row.get("result").asText(), row.get("comparedWith").asText(),
                        row.get("ratio").asText(), row.get("target").asText()));
            }
        }
        Comparator<String> inOrder = Comparator.comparingInt(groupOrder::indexOf);
        rows.sort(Comparator.comparing(Row::group, inOrder));
        Map<String, JsonNode> ordered = new LinkedHashMap<>();
        runs.keySet().stream().sorted(inOrder).forEach(name -> ordered.put(name, runs.get(name)));
        runs.clear();
        runs.putAll(ordered);
    }

    static String number(double value) {
        return value >= 100 ? String.format(Locale.ROOT, "%,.0f", value) : String.format(Locale.ROOT, "%.1f", value);
    }

    static String millis(Latencies latencies) {
        return String.format(Locale.ROOT, "p50 %.1f / p95 %.1f / p99 %.1f ms", latencies.p50(), latencies.p95(), latencies.p99());
    }

    /** Min / median / max of an odd number of repetitions. */
    static String spread(double[] repetitions, String unit) {
        double[] sorted = repetitions.clone();
        Arrays.sort(sorted);
        return number(sorted[0]) + " / " + number(median(sorted)) + " / " + number(sorted[sorted.length - 1]) + " " + unit
                + " (min / median / max of " + sorted.length + ")";
    }

    static double median(double[] repetitions) {
        double[] sorted = repetitions.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    static String ratio(double value) {
        return String.format(Locale.ROOT, "%.2f", value);
    }
}
