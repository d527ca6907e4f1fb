package org.atriumcrm.benchmarks.internal;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/** Clients calling one path until stopped, counting answers other than 200: the traffic during a module change. */
final class Background {

    private final AtomicBoolean running = new AtomicBoolean(true);
    final AtomicLong answered = new AtomicLong();
    final AtomicLong failed = new AtomicLong();
    private final Thread[] threads;

    Background(Http http, String path, int clients) {
        threads = new Thread[clients];
        for (int i = 0; i < clients; i++) {
            threads[i] = new Thread(() -> {
                while (running.get()) {
                    (http.status(path) == 200 ? answered : failed).incrementAndGet();
                }
            }, "background-" + i);
            threads[i].start();
        }
    }

    void stop() throws InterruptedException {
        running.set(false);
        for (Thread thread : threads) {
            thread.join();
        }
    }
}
