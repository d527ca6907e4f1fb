package org.atriumcrm.fitness.internal;

import java.time.Instant;

/** A plan as the API shows it; the price is a decimal string in the currency's minor units. */
public record Plan(String id, String name, PlanKind kind, int duration, DurationUnit durationUnit, Integer visits,
                   int freezeDays, String price, String currency, Instant createdAt, long version) {
}
