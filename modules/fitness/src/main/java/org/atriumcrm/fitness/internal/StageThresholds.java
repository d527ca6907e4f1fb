package org.atriumcrm.fitness.internal;

/**
 * The limits {@link StageRules} applies, from the module's configuration.
 *
 * @param recentDays        the window of recent visits
 * @param baselineWeeks     weeks before the recent window that make up the member's usual frequency
 * @param decliningRatio    declining below this share of the usual visits per week
 * @param minUsualPerWeek   members usually training less than this are never declining
 */
public record StageThresholds(int adaptationDays, int expiringDays, int recentDays, int baselineWeeks,
                              double decliningRatio, double minUsualPerWeek) {

    public static final StageThresholds DEFAULTS = new StageThresholds(30, 30, 21, 12, 0.5, 1.0);

    public StageThresholds {
        if (adaptationDays < 0 || expiringDays < 0 || recentDays < 1 || baselineWeeks < 1 || decliningRatio < 0) {
            throw new IllegalArgumentException("Stage thresholds out of range");
        }
    }
}
