package org.atriumcrm.core.automation.internal.forms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

class TokenBucketsTest {

    /** A clock the test moves by hand. */
    private static final class Hand extends Clock {
        private Instant now = Instant.parse("2026-12-02T10:00:00Z");

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }

    @Test
    void aBurstOfTheRatePassesAndTheNextWaitsForOneToken() {
        Hand clock = new Hand();
        TokenBuckets buckets = new TokenBuckets(clock, 6);
        for (int i = 0; i < 6; i++) {
            assertEquals(0, buckets.secondsToWait("203.0.113.9"), "request " + i);
        }
        // six a minute: a token every ten seconds
        assertEquals(10, buckets.secondsToWait("203.0.113.9"));
        clock.advance(Duration.ofSeconds(4));
        assertEquals(6, buckets.secondsToWait("203.0.113.9"));
        clock.advance(Duration.ofSeconds(6));
        assertEquals(0, buckets.secondsToWait("203.0.113.9"));
        assertTrue(buckets.secondsToWait("203.0.113.9") > 0);
    }

    @Test
    void keysHaveBucketsOfTheirOwn() {
        TokenBuckets buckets = new TokenBuckets(new Hand(), 1);
        assertEquals(0, buckets.secondsToWait("a"));
        assertEquals(60, buckets.secondsToWait("a"));
        assertEquals(0, buckets.secondsToWait("b"));
    }

    @Test
    void aQuietBucketFillsUpToItsCapacityAndNoFurther() {
        Hand clock = new Hand();
        TokenBuckets buckets = new TokenBuckets(clock, 2);
        assertEquals(0, buckets.secondsToWait("a"));
        assertEquals(0, buckets.secondsToWait("a"));
        clock.advance(Duration.ofHours(1));
        assertEquals(0, buckets.secondsToWait("a"));
        assertEquals(0, buckets.secondsToWait("a"));
        assertEquals(30, buckets.secondsToWait("a"));
    }

    @Test
    void refusedRequestsTakeNothing() {
        Hand clock = new Hand();
        TokenBuckets buckets = new TokenBuckets(clock, 1);
        assertEquals(0, buckets.secondsToWait("a"));
        for (int i = 0; i < 100; i++) {
            buckets.secondsToWait("a");
        }
        clock.advance(Duration.ofSeconds(60));
        assertEquals(0, buckets.secondsToWait("a"));
    }
}
