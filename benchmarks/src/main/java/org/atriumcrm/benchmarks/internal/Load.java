package org.atriumcrm.benchmarks.internal;

import java.util.Arrays;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.IntFunction;

/**
 * A closed loop: {@code threads} callers, each sending its next request as soon as the last one
 * answered, for a fixed time. Latencies are kept per thread, so measuring costs no locking.
 */
final class Load {

    /** One request; returns whether it succeeded. {@code worker} tells the callers apart. */
    interface Call {
        boolean run(int worker, long sequence) throws Exception;
    }

    private Load() {
    }

    static Latencies run(int threads, double seconds, Call call) throws InterruptedException {
        long[][] samples = new long[threads][];
        int[] counts = new int[threads];
        AtomicLong failed = new AtomicLong();
        AtomicReference<String> firstFailure = new AtomicReference<>();
        CountDownLatch done = new CountDownLatch(threads);
        long started = System.nanoTime();
        long deadline = started + (long) (seconds * 1e9);
        for (int t = 0; t < threads; t++) {
            int worker = t;
            samples[t] = new long[1 << 16];
            Thread thread = new Thread(() -> {
                try {
                    long sequence = 0;
                    while (System.nanoTime() < deadline) {
                        long before = System.nanoTime();
                        boolean ok;
                        try {
                            ok = call.run(worker, sequence++);
                            if (!ok) {
                                firstFailure.compareAndSet(null, "an unexpected answer");
                            }
                        } catch (Exception e) {
                            ok = false;
                            firstFailure.compareAndSet(null, e.toString());
                        }
                        long took = System.nanoTime() - before;
                        if (!ok) {
                            failed.incrementAndGet();
                        }
                        if (counts[worker] == samples[worker].length) {
                            samples[worker] = Arrays.copyOf(samples[worker], counts[worker] * 2);
                        }
                        samples[worker][counts[worker]++] = took;
                    }
                } finally {
                    done.countDown();
                }
            }, "load-" + t);
            thread.start();
        }
        done.await();
        double elapsed = (System.nanoTime() - started) / 1e9;
        if (failed.get() > 0) {
            // a failed call is quick and would flatter the latencies: such a run measures nothing
            throw new IllegalStateException(failed.get() + " calls failed during a load run, the first with " + firstFailure.get());
        }
        return Latencies.of(merge(samples, counts), elapsed);
    }

    /** Runs {@code count} calls spread over {@code threads}, for work of a known size (creating N clients). */
    static double timed(int threads, int count, IntFunction<Boolean> call) throws InterruptedException {
        AtomicLong next = new AtomicLong();
        AtomicLong failed = new AtomicLong();
        CountDownLatch done = new CountDownLatch(threads);
        long started = System.nanoTime();
        for (int t = 0; t < threads; t++) {
            new Thread(() -> {
                try {
                    for (long i = next.getAndIncrement(); i < count; i = next.getAndIncrement()) {
                        if (!call.apply((int) i)) {
                            failed.incrementAndGet();
                        }
                    }
                } finally {
                    done.countDown();
                }
            }, "work-" + t).start();
        }
        done.await();
        if (failed.get() > 0) {
            throw new IllegalStateException(failed.get() + " of " + count + " calls failed");
        }
        return (System.nanoTime() - started) / 1e9;
    }

    private static long[] merge(long[][] samples, int[] counts) {
        int total = 0;
        for (int count : counts) {
            total += count;
        }
        long[] all = new long[total];
        int at = 0;
        for (int t = 0; t < samples.length; t++) {
            System.arraycopy(samples[t], 0, all, at, counts[t]);
            at += counts[t];
        }
        return all;
    }
}
