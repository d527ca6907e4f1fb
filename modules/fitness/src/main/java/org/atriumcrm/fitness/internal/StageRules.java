package org.atriumcrm.fitness.internal;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * Decides a member's lifecycle stage. The first rule that holds wins:
 * <ol>
 * <li>{@code LAPSED}: the last valid day has passed and nothing renewed it;</li>
 * <li>{@code ADAPTATION}: within {@code adaptationDays} of the first start (or before it);</li>
 * <li>{@code EXPIRING}: the last valid day is at most {@code expiringDays} after today;</li>
 * <li>{@code DECLINING}: not frozen, with a usual window of at least {@link #MIN_BASELINE_DAYS} days in
 *     which the member trained at least {@code minUsualPerWeek} times a week, and recent visits per week
 *     below {@code decliningRatio} of that;</li>
 * <li>{@code ACTIVE} otherwise.</li>
 * </ol>
 * Expiring comes before declining because a renewal conversation is due either way.
 */
public final class StageRules {

    /** Less history than two weeks says nothing about a member's usual frequency. */
    static final int MIN_BASELINE_DAYS = 14;

    private StageRules() {
    }

    public static LifecycleStage stage(MemberFacts facts, LocalDate today, StageThresholds limits) {
        if (today.isAfter(facts.lastValidDay())) {
            return LifecycleStage.LAPSED;
        }
        if (today.isBefore(facts.firstStart().plusDays(limits.adaptationDays()))) {
            return LifecycleStage.ADAPTATION;
        }
        if (ChronoUnit.DAYS.between(today, facts.lastValidDay()) <= limits.expiringDays()) {
            return LifecycleStage.EXPIRING;
        }
        if (declining(facts, limits)) {
            return LifecycleStage.DECLINING;
        }
        return LifecycleStage.ACTIVE;
    }

    /** Whether recent visits per week are well below the member's own usual ones. */
    static boolean declining(MemberFacts facts, StageThresholds limits) {
        if (facts.frozenToday() || facts.baselineDays() < MIN_BASELINE_DAYS) {
            return false;
        }
        double usualPerWeek = facts.baselineVisits() * 7.0 / facts.baselineDays();
        if (usualPerWeek < limits.minUsualPerWeek()) {
            return false;
        }
        double recentPerWeek = facts.recentVisits() * 7.0 / limits.recentDays();
        return recentPerWeek < usualPerWeek * limits.decliningRatio();
    }

    /** The first day of the recent window ending today. */
    static LocalDate recentFrom(LocalDate today, StageThresholds limits) {
        return today.minusDays(limits.recentDays() - 1L);
    }

    /** The first day of the usual window: {@code baselineWeeks} before the recent one, not before the first start. */
    static LocalDate baselineFrom(LocalDate today, LocalDate firstStart, StageThresholds limits) {
        LocalDate from = recentFrom(today, limits).minusWeeks(limits.baselineWeeks());
        return from.isBefore(firstStart) ? firstStart : from;
    }
}
