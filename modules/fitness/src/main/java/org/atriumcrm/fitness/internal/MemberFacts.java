package org.atriumcrm.fitness.internal;

import java.time.LocalDate;

/**
 * What the stage of a member is decided from, gathered on the day it is decided.
 *
 * @param firstStart     the start of the member's first membership
 * @param lastValidDay   the last day any of the member's memberships lets them in: the latest end,
 *                       or for a used-up pack the day its last visit was taken
 * @param frozenToday    whether today is inside a freeze (a frozen member is not declining)
 * @param recentVisits   visits in the recent window, the last {@link StageThresholds#recentDays()} days up to today
 * @param baselineVisits visits in the usual window just before it
 * @param baselineDays   the days of the usual window the member was a member (fewer for a new member)
 */
public record MemberFacts(LocalDate firstStart, LocalDate lastValidDay, boolean frozenToday, int recentVisits,
                          int baselineVisits, int baselineDays) {
}
