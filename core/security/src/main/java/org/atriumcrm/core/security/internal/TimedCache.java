package org.atriumcrm.core.security.internal;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Remembers a lookup for a few seconds, so that a busy client does not cost a database read per
 * request; a change made on another node (role, sign-out) is seen within {@link #ttlMillis}, one made
 * here is seen at once by forgetting what it touched.
 */
final class TimedCache<V> {

    private static final int SWEEP_ABOVE = 10_000;

    private record Entry<V>(Optional<V> value, long loadedAt) {
    }

    private final Map<String, Entry<V>> entries = new ConcurrentHashMap<>();
    private final long ttlMillis;
    /** Counts what was forgotten: a load that ran while something was forgotten may have read it, and is not kept. */
    private final AtomicLong forgettings = new AtomicLong();

    TimedCache(long ttlMillis) {
        this.ttlMillis = ttlMillis;
    }

    Optional<V> get(String key, Function<String, Optional<V>> load) {
        long now = System.currentTimeMillis();
        Entry<V> entry = entries.get(key);
        if (entry == null || now - entry.loadedAt() > ttlMillis) {
            if (entries.size() > SWEEP_ABOVE) {
                entries.values().removeIf(old -> now - old.loadedAt() > ttlMillis);
            }
            long before = forgettings.get();
            entry = new Entry<>(load.apply(key), now);
            entries.put(key, entry);
            if (forgettings.get() != before) {
                entries.remove(key, entry);
            }
        }
        return entry.value();
    }

    void forget(String key) {
        forgettings.incrementAndGet();
        entries.remove(key);
    }

    /** Forgets every remembered value that matches, such as all of one user's sessions. */
    void forgetIf(Predicate<V> matches) {
        forgettings.incrementAndGet();
        entries.values().removeIf(entry -> entry.value().filter(matches).isPresent());
    }

    void clear() {
        forgettings.incrementAndGet();
        entries.clear();
    }
}
