package org.atriumcrm.core.api.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

class AddressRateLimitTest {

    @Test
    void anAddressPastItsMinuteWaitsForTheNextWhileOthersGoOn() {
        Instant start = Instant.parse("2026-12-02T10:00:00Z");
        AddressRateLimit limit = new AddressRateLimit(Clock.fixed(start, ZoneOffset.UTC), 2);
        assertEquals(0, limit.secondsToWait("10.0.0.1"));
        assertEquals(0, limit.secondsToWait("10.0.0.1"));
        long wait = limit.secondsToWait("10.0.0.1");
        assertTrue(wait > 0 && wait <= 60, "waits " + wait);
        assertEquals(0, limit.secondsToWait("10.0.0.2"));
    }
}
