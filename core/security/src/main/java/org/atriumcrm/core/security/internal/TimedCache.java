package org.atriumcrm.core.security.internal;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Remembers a lookup for a few seconds, so that a busy client does not cost a database read per
 * request; a change (role, sign-out on another node) is seen within {@link #ttlMillis}.
 */
final class TimedCache<V> {

    private static final int SWEEP_ABOVE = 10_000;

    private record Entry<V>(Optional<V> value, long loadedAt) {
    }

    private final Map<String, Entry<V>> entries = new ConcurrentHashMap<>();
    private final long ttlMillis;

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
            entry = new Entry<>(load.apply(key), now);
            entries.put(key, entry);
        }
        return entry.value();
    }

    void forget(String key) {
        entries.remove(key);
    }

    void clear() {
        entries.clear();
    }
}
