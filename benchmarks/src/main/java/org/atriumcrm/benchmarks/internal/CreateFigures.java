package org.atriumcrm.benchmarks.internal;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;

/**
 * Creating clients on the loaded base: raw JDBC batches into the stopped Atrium's own database
 * ({@link #measureRaw}), then through the API once it runs ({@link #measureApi}), each three
 * repetitions of new clients (numbers past the base, so none is written twice). Both write into
 * the same indexes, as large as the base.
 */
final class CreateFigures {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int BATCH = 500;
    private static final int REPETITIONS = 3;
    private static final int ONE_BY_ONE = 1000;
    /** Clients per repetition at most: enough for a steady rate, few beside a base of a million. */
    private static final int MOST_PER_REPETITION = 5_000;

    private final int base;
    private final int perRepetition;
    private final double[] rawRates = new double[REPETITIONS];

    CreateFigures(int base) {
        this.base = base;
        this.perRepetition = Math.max(BATCH, Math.min(MOST_PER_REPETITION, base / 30 / BATCH * BATCH));
    }

    /** The clients this creates, all numbered past the base. */
    int created() {
        return 2 * REPETITIONS * perRepetition + REPETITIONS * ONE_BY_ONE;
    }

    /** The first client number past what this creates. */
    int next() {
        return base + created();
    }

    void measureRaw(RawDerby raw) throws InterruptedException {
        for (int r = 0; r < REPETITIONS; r++) {
            int from = base + r * perRepetition;
            rawRates[r] = perRepetition / Load.timed(1, perRepetition / BATCH, b -> insertRaw(raw, from + b * BATCH));
            System.out.printf(Locale.ROOT, "  raw insert, repetition %d: %.0f clients/s%n", r + 1, rawRates[r]);
        }
    }

    void measureApi(Http http, ResultTable table) throws InterruptedException {
        double[] bulkRates = new double[REPETITIONS];
        int first = base + REPETITIONS * perRepetition;
        for (int r = 0; r < REPETITIONS; r++) {
            int from = first + r * perRepetition;
            bulkRates[r] = perRepetition / Load.timed(4, perRepetition / BATCH, b -> createBulk(http, from + b * BATCH));
        }
        double[] singleRates = new double[REPETITIONS];
        AtomicLong probableDuplicates = new AtomicLong();
        for (int r = 0; r < REPETITIONS; r++) {
            int from = first + REPETITIONS * perRepetition + r * ONE_BY_ONE;
            singleRates[r] = ONE_BY_ONE / Load.timed(8, ONE_BY_ONE, i -> {
                int status = http.status("POST", "/api/clients", SyntheticClients.client(from + i).json());
                if (status == 409) {
                    probableDuplicates.incrementAndGet();
                }
                return status == 201 || status == 409;
            });
        }
        String rawSpread = ResultTable.spread(rawRates, "rows/s") + ", one thread, commit per " + BATCH;
        String where = String.format(Locale.ROOT, "on the base of %,d, %,d clients per repetition", base, perRepetition);
        table.add("client create through the API, bulk (" + BATCH + " per request, 4 clients), " + where,
                ResultTable.spread(bulkRates, "rows/s"), "raw JDBC batch insert of the same rows into the same database: " + rawSpread,
                ResultTable.ratio(ResultTable.median(bulkRates) / ResultTable.median(rawRates)), "≥ 0.5 × raw");
        table.add("client create through the API, one by one (8 clients, with the duplicate check)",
                ResultTable.spread(singleRates, "rows/s") + (probableDuplicates.get() == 0 ? ""
                        : "; " + probableDuplicates.get() + " answered 409 as probable duplicates"),
                "raw JDBC batch insert (above)", ResultTable.ratio(ResultTable.median(singleRates) / ResultTable.median(rawRates)), "");
    }

    private static boolean insertRaw(RawDerby raw, int from) {
        List<SyntheticClient> batch = new ArrayList<>(BATCH);
        for (int n = from; n < from + BATCH; n++) {
            batch.add(SyntheticClients.client(n));
        }
        try {
            raw.insert(batch);
            return true;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean createBulk(Http http, int from) {
        ArrayNode drafts = JSON.createArrayNode();
        for (int n = from; n < from + BATCH; n++) {
            drafts.add(SyntheticClients.client(n).draft());
        }
        try {
            HttpResponse<String> response = http.send("POST", "/api/clients/batch", drafts.toString());
            if (response.statusCode() != 201) {
                throw new IllegalStateException("batch create answered " + response.statusCode() + ": " + response.body());
            }
            return true;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
