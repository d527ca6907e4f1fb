package org.atriumcrm.core.automation.internal.forms;

import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A token bucket per key (an address, a form): {@code perMinute} requests at once, refilled at
 * {@code perMinute} a minute, so a burst passes and a steady flood is held to the rate. Buckets that
 * have filled up again carry no information and are dropped once there are many. Kept in memory on
 * each node: the limit is per node, which is what a flood against one node needs.
 */
public final class TokenBuckets {

    private static final double MINUTE_MILLIS = 60_000;
    private static final int MAX_KEYS = 10_000;

    /** @param granted whether the last take found a whole token */
    private record Bucket(double tokens, long at, boolean granted) {
    }

    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();
    private final Clock clock;
    private final int capacity;
    private final double perMilli;

    /** @param perMinute the burst and the rate per minute, at least 1 */
    public TokenBuckets(Clock clock, int perMinute) {
        this.clock = clock;
        this.capacity = Math.max(1, perMinute);
        this.perMilli = capacity / MINUTE_MILLIS;
    }

    /** Takes a token from {@code key}'s bucket: 0 when there was one, else the whole seconds until there will be. */
    public long secondsToWait(String key) {
        long now = clock.millis();
        if (buckets.size() > MAX_KEYS) {
            buckets.values().removeIf(bucket -> filled(bucket, now) >= capacity);
        }
        Bucket bucket = buckets.compute(key, (ignored, old) -> {
            double tokens = old == null ? capacity : filled(old, now);
            return tokens >= 1 ? new Bucket(tokens - 1, now, true) : new Bucket(tokens, now, false);
        });
        if (bucket.granted()) {
            return 0;
        }
        return Math.max(1, (long) Math.ceil((1 - bucket.tokens()) / perMilli / 1000));
    }

    private double filled(Bucket bucket, long now) {
        return Math.min(capacity, bucket.tokens() + Math.max(0, now - bucket.at()) * perMilli);
    }
}
