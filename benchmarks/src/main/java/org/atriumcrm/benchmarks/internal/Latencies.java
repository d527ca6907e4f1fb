package org.atriumcrm.benchmarks.internal;

import java.util.Arrays;

/** What a load run measured: requests, time, and latency percentiles in milliseconds. */
record Latencies(long requests, double seconds, double p50, double p95, double p99) {

    static Latencies of(long[] nanos, double seconds) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return new Latencies(sorted.length, seconds, percentile(sorted, 50), percentile(sorted, 95), percentile(sorted, 99));
    }

    double perSecond() {
        return requests / seconds;
    }

    private static double percentile(long[] sorted, int percent) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int index = (int) Math.ceil(percent / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))] / 1_000_000.0;
    }
}
