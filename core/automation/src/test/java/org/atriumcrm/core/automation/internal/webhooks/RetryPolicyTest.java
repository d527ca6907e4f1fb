package org.atriumcrm.core.automation.internal.webhooks;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class RetryPolicyTest {

    private static final Instant EVENT = Instant.parse("2026-01-01T00:00:00Z");
    private final RetryPolicy policy = new RetryPolicy(Duration.ofSeconds(30), Duration.ofHours(1), Duration.ofHours(24));

    @Test
    void theWaitDoublesUpToTheLongest() {
        assertEquals(Optional.of(EVENT.plusSeconds(30)), policy.next(1, EVENT, EVENT));
        assertEquals(Optional.of(EVENT.plusSeconds(60)), policy.next(2, EVENT, EVENT));
        assertEquals(Optional.of(EVENT.plusSeconds(240)), policy.next(4, EVENT, EVENT));
        assertEquals(Optional.of(EVENT.plus(Duration.ofHours(1))), policy.next(9, EVENT, EVENT));
        assertEquals(Optional.of(EVENT.plus(Duration.ofHours(1))), policy.next(60, EVENT, EVENT));
    }

    @Test
    void noRetryFallsPastTheWindowAfterTheEvent() {
        Instant late = EVENT.plus(Duration.ofHours(23).plusMinutes(30));
        assertEquals(Optional.empty(), policy.next(20, late, EVENT));
        assertEquals(Optional.of(late.plusSeconds(30)), policy.next(1, late, EVENT));
    }
}
