package org.atriumcrm.fitness.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class StageRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 6, 15);
    private static final StageThresholds LIMITS = StageThresholds.DEFAULTS;

    /** A member since long ago whose membership ends far ahead, with these visits. */
    private static MemberFacts regular(int recentVisits, int baselineVisits) {
        return new MemberFacts(TODAY.minusYears(1), TODAY.plusMonths(6), false, recentVisits, baselineVisits, 84);
    }

    @Test
    void theFirstThirtyDaysAreAdaptation() {
        MemberFacts newcomer = new MemberFacts(TODAY.minusDays(29), TODAY.plusYears(1), false, 0, 0, 0);
        assertEquals(LifecycleStage.ADAPTATION, StageRules.stage(newcomer, TODAY, LIMITS));
        MemberFacts settled = new MemberFacts(TODAY.minusDays(30), TODAY.plusYears(1), false, 0, 0, 9);
        assertEquals(LifecycleStage.ACTIVE, StageRules.stage(settled, TODAY, LIMITS));
        MemberFacts notStarted = new MemberFacts(TODAY.plusDays(3), TODAY.plusYears(1), false, 0, 0, 0);
        assertEquals(LifecycleStage.ADAPTATION, StageRules.stage(notStarted, TODAY, LIMITS));
    }

    @Test
    void endingWithinThirtyDaysIsExpiringAndEndedIsLapsed() {
        MemberFacts ending = new MemberFacts(TODAY.minusYears(1), TODAY.plusDays(30), false, 9, 36, 84);
        assertEquals(LifecycleStage.EXPIRING, StageRules.stage(ending, TODAY, LIMITS));
        MemberFacts later = new MemberFacts(TODAY.minusYears(1), TODAY.plusDays(31), false, 9, 36, 84);
        assertEquals(LifecycleStage.ACTIVE, StageRules.stage(later, TODAY, LIMITS));
        MemberFacts endsToday = new MemberFacts(TODAY.minusYears(1), TODAY, false, 0, 36, 84);
        assertEquals(LifecycleStage.EXPIRING, StageRules.stage(endsToday, TODAY, LIMITS));
        MemberFacts ended = new MemberFacts(TODAY.minusYears(1), TODAY.minusDays(1), false, 0, 36, 84);
        assertEquals(LifecycleStage.LAPSED, StageRules.stage(ended, TODAY, LIMITS));
    }

    @Test
    void threeTimesAWeekThenNothingForThreeWeeksIsDeclining() {
        // 3 a week over 12 weeks = 36 visits in 84 days
        assertEquals(LifecycleStage.DECLINING, StageRules.stage(regular(0, 36), TODAY, LIMITS));
        assertEquals(LifecycleStage.DECLINING, StageRules.stage(regular(3, 36), TODAY, LIMITS), "1 a week against 3 is below half");
        assertEquals(LifecycleStage.ACTIVE, StageRules.stage(regular(6, 36), TODAY, LIMITS), "2 a week against 3 is not");
    }

    @Test
    void rareVisitorsFrozenMembersAndShortHistoriesAreNeverDeclining() {
        assertEquals(LifecycleStage.ACTIVE, StageRules.stage(regular(0, 11), TODAY, LIMITS), "usually less than once a week");
        MemberFacts frozen = new MemberFacts(TODAY.minusYears(1), TODAY.plusMonths(6), true, 0, 36, 84);
        assertEquals(LifecycleStage.ACTIVE, StageRules.stage(frozen, TODAY, LIMITS));
        MemberFacts shortHistory = new MemberFacts(TODAY.minusDays(40), TODAY.plusMonths(6), false, 0, 6, 13);
        assertEquals(LifecycleStage.ACTIVE, StageRules.stage(shortHistory, TODAY, LIMITS));
    }

    @Test
    void theWindowsEndTodayAndStartNoEarlierThanTheFirstMembership() {
        assertEquals(TODAY.minusDays(20), StageRules.recentFrom(TODAY, LIMITS));
        assertEquals(TODAY.minusDays(20).minusWeeks(12), StageRules.baselineFrom(TODAY, TODAY.minusYears(1), LIMITS));
        assertEquals(TODAY.minusDays(50), StageRules.baselineFrom(TODAY, TODAY.minusDays(50), LIMITS));
    }
}
