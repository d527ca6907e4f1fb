package org.atriumcrm.core.security.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

class TimedCacheTest {

    private final TimedCache<String> cache = new TimedCache<>(60_000);
    private final AtomicInteger loads = new AtomicInteger();

    private Optional<String> load(String key) {
        loads.incrementAndGet();
        return Optional.of("user-of-" + key);
    }

    @Test
    void aValueIsLoadedOnceWhileFresh() {
        cache.get("a", this::load);
        cache.get("a", this::load);
        assertEquals(1, loads.get());
    }

    @Test
    void forgettingByValueDropsOnlyTheMatchingEntries() {
        cache.get("a", this::load);
        cache.get("b", this::load);

        cache.forgetIf("user-of-a"::equals);
        cache.get("a", this::load);
        cache.get("b", this::load);
        assertEquals(3, loads.get(), "a is loaded again, b is not");
    }

    @Test
    void aLoadDuringWhichSomethingWasForgottenIsNotKept() {
        // the load read the database before a revocation committed: its answer may be the revoked one
        cache.get("a", key -> {
            cache.forgetIf(value -> true);
            return load(key);
        });
        cache.get("a", this::load);
        assertEquals(2, loads.get());
    }
}
