package org.atriumcrm.core.automation.internal.webhooks;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.atriumcrm.core.automation.internal.AutomationConfiguration;

/**
 * When a failed delivery is tried again: after {@code firstDelay}, then twice as long each time up to
 * {@code maxDelay}, while the attempt still falls within {@code window} of the event.
 */
record RetryPolicy(Duration firstDelay, Duration maxDelay, Duration window) {

    static RetryPolicy of(AutomationConfiguration configuration) {
        Duration first = Duration.ofSeconds(Math.max(1, configuration.webhook_retry_first_delay_seconds()));
        Duration max = Duration.ofSeconds(Math.max(first.toSeconds(), configuration.webhook_retry_max_delay_seconds()));
        return new RetryPolicy(first, max, Duration.ofHours(Math.max(1, configuration.webhook_retry_window_hours())));
    }

    /** @return when to try after failed attempt {@code attempt} (1 for the first), or empty: give up */
    Optional<Instant> next(int attempt, Instant now, Instant occurredAt) {
        Duration delay = firstDelay.multipliedBy(1L << Math.min(attempt - 1, 30));
        if (delay.compareTo(maxDelay) > 0) {
            delay = maxDelay;
        }
        Instant next = now.plus(delay);
        return next.isAfter(occurredAt.plus(window)) ? Optional.empty() : Optional.of(next);
    }
}
