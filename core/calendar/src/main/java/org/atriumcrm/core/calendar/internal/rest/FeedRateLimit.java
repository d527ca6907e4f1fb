package org.atriumcrm.core.calendar.internal.rest;

import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A fixed one-minute window per remote address: a calendar reads its feed every few minutes, anything
 * much more often is someone guessing addresses. Windows of addresses gone quiet are dropped as new ones come.
 */
final class FeedRateLimit {

    private static final long WINDOW_MS = 60_000;
    private static final int MAX_ADDRESSES = 10_000;

    private record Window(long start, int count) {
    }

    private final Map<String, Window> windows = new ConcurrentHashMap<>();
    private final Clock clock;
    private final int perMinute;

    FeedRateLimit(Clock clock, int perMinute) {
        this.clock = clock;
        this.perMinute = Math.max(1, perMinute);
    }

    /** @return 0 when the request may go on, else the seconds until this address may try again */
    long secondsToWait(String address) {
        long now = clock.millis();
        if (windows.size() > MAX_ADDRESSES) {
            windows.values().removeIf(window -> now - window.start() >= WINDOW_MS);
        }
        Window window = windows.compute(address, (key, old) -> old == null || now - old.start() >= WINDOW_MS
                ? new Window(now, 1) : new Window(old.start(), old.count() + 1));
        if (window.count() <= perMinute) {
            return 0;
        }
        return Math.max(1, (window.start() + WINDOW_MS - now + 999) / 1000);
    }
}
