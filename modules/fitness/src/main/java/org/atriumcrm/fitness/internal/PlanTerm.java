package org.atriumcrm.fitness.internal;

import java.time.LocalDate;

/**
 * How long a plan runs. The end is the last day the membership is valid, so a month from
 * 15 January ends on 14 February, and a month from 31 January ends on 27 February (the day before
 * the same day of the next month, clamped to its length).
 */
public record PlanTerm(int amount, DurationUnit unit) {

    public PlanTerm {
        if (amount < 1 || unit == null) {
            throw new IllegalArgumentException("a term needs a positive amount and a unit");
        }
    }

    /** The last valid day of a membership starting on {@code start}. */
    public LocalDate lastDay(LocalDate start) {
        LocalDate next = unit == DurationUnit.MONTHS ? start.plusMonths(amount) : start.plusDays(amount);
        return next.minusDays(1);
    }
}
