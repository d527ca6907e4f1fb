package org.atriumcrm.benchmarks.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/** The figures of one run, each beside what it is compared with, as Markdown and JSON. */
final class ResultTable {

    /** One line of the table; {@code ratio} and {@code target} may be empty. */
    record Row(String figure, String result, String comparedWith, String ratio, String target) {
    }

    private final List<Row> rows = new ArrayList<>();
    private final Map<String, Object> machine;

    ResultTable(Map<String, Object> machine) {
        this.machine = machine;
    }

    void add(String figure, String result, String comparedWith, String ratio, String target) {
        rows.add(new Row(figure, result, comparedWith, ratio, target));
        System.out.printf("  %-55s %s%n", figure, result);
    }

    String markdown() {
        StringBuilder text = new StringBuilder();
        text.append("| figure | result | compared with | ratio | target |\n|---|---|---|---|---|\n");
        for (Row row : rows) {
            text.append("| ").append(row.figure()).append(" | ").append(row.result()).append(" | ")
                    .append(row.comparedWith()).append(" | ").append(row.ratio()).append(" | ").append(row.target())
                    .append(" |\n");
        }
        text.append("\n").append(machine.get("summary")).append('\n');
        return text.toString();
    }

    void write(Path folder) throws IOException {
        Files.createDirectories(folder);
        Files.writeString(folder.resolve("latest.md"), "# Atrium benchmark, latest run\n\n" + markdown());
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("machine", machine);
        json.put("rows", rows);
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(folder.resolve("latest.json").toFile(), json);
    }

    static String number(double value) {
        return value >= 100 ? String.format(Locale.ROOT, "%,.0f", value) : String.format(Locale.ROOT, "%.1f", value);
    }

    static String millis(Latencies latencies) {
        return String.format(Locale.ROOT, "p50 %.1f / p95 %.1f / p99 %.1f ms", latencies.p50(), latencies.p95(), latencies.p99());
    }

    /** Min / median / max of three repetitions. */
    static String spread(double[] three, String unit) {
        double[] sorted = three.clone();
        Arrays.sort(sorted);
        return number(sorted[0]) + " / " + number(sorted[1]) + " / " + number(sorted[2]) + " " + unit + " (min / median / max of 3)";
    }

    static double median(double[] three) {
        double[] sorted = three.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    static String ratio(double value) {
        return String.format(Locale.ROOT, "%.2f", value);
    }
}
