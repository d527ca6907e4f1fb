package org.atriumcrm.fitness.internal;

/**
 * What a client of the API sends to create a plan.
 *
 * @param duration     how many {@code durationUnit}s a membership of the plan runs; a visit pack is
 *                     valid that long too
 * @param visits       visits in a pack; only for {@link PlanKind#VISITS}
 * @param freezeDays   days a member may freeze over the whole membership; none when absent
 * @param price        a decimal string, {@code "49.90"}
 * @param currency     ISO 4217 code, {@code "EUR"}
 */
public record PlanDraft(String name, PlanKind kind, Integer duration, DurationUnit durationUnit, Integer visits,
                        Integer freezeDays, String price, String currency) {
}
