package org.atriumcrm.core.api.security;

import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * How often one remote address may call a public endpoint that needs no login (an unsubscribe
 * link, a calendar feed): a fixed one-minute window per address, enough to keep anyone from probing
 * secrets in bulk. Windows of addresses gone quiet are dropped as new ones come.
 */
public final class AddressRateLimit {

    private static final long WINDOW_MS = 60_000;
    private static final int MAX_ADDRESSES = 10_000;

    private record Window(long start, int count) {
    }

    private final Map<String, Window> windows = new ConcurrentHashMap<>();
    private final Clock clock;
    private final int perMinute;

    public AddressRateLimit(Clock clock, int perMinute) {
        this.clock = clock;
        this.perMinute = Math.max(1, perMinute);
    }

    /** @return 0 when the request may go on, else the seconds until this address may try again (for {@code Retry-After}) */
    public long secondsToWait(String address) {
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
