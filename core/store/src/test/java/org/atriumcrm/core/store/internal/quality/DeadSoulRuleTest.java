package org.atriumcrm.core.store.internal.quality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDateTime;

import org.atriumcrm.core.api.LifecycleStatus;
import org.junit.jupiter.api.Test;

class DeadSoulRuleTest {

    private static final LocalDateTime NOW = LocalDateTime.of(2026, 5, 4, 10, 0);
    private static final LocalDateTime TWO_YEARS_AGO = NOW.minusYears(2);
    private static final DeadSoulRule DEFAULT = new DeadSoulRule(12, 1);

    /** Vasya from a trading company: one phone, rang two years ago, never again. */
    private static DeadSoulRule.Facts vasya() {
        return new DeadSoulRule.Facts(LifecycleStatus.LEAD, TWO_YEARS_AGO, null, null, null, 1, 0, 0, 0);
    }

    @Test
    void aClientWithOnePhoneAndNothingForAYearIsADeadSoul() {
        assertTrue(DEFAULT.applies(vasya(), NOW));
    }

    @Test
    void anyRecentSignOfLifeKeepsAClientOffTheList() {
        LocalDateTime lastWeek = NOW.minusWeeks(1);
        assertFalse(DEFAULT.applies(new DeadSoulRule.Facts(LifecycleStatus.LEAD, lastWeek, null, null, null, 1, 0, 0, 0), NOW),
                "changed last week");
        assertFalse(DEFAULT.applies(new DeadSoulRule.Facts(LifecycleStatus.LEAD, TWO_YEARS_AGO, lastWeek, null, null, 1, 0, 0, 0),
                NOW), "a call last week");
        assertFalse(DEFAULT.applies(new DeadSoulRule.Facts(LifecycleStatus.LEAD, TWO_YEARS_AGO, null, lastWeek, null, 1, 0, 0, 0),
                NOW), "a deal moved last week");
        assertFalse(DEFAULT.applies(new DeadSoulRule.Facts(LifecycleStatus.LEAD, TWO_YEARS_AGO, null, null, lastWeek, 1, 0, 0, 0),
                NOW), "a task done last week");
    }

    @Test
    void oldActivitiesDoNotCountAsASignOfLife() {
        DeadSoulRule.Facts calledLongAgo = new DeadSoulRule.Facts(LifecycleStatus.ACTIVE, TWO_YEARS_AGO, NOW.minusMonths(13),
                TWO_YEARS_AGO, null, 1, 0, 0, 0);
        assertTrue(DEFAULT.applies(calledLongAgo, NOW));
        assertEquals(NOW.minusMonths(13), calledLongAgo.lastSignOfLife());
    }

    @Test
    void inactiveMeansBeforeTheCutOffExactlyNMonthsAgo() {
        LocalDateTime cutOff = NOW.minusMonths(12);
        assertEquals(cutOff, DEFAULT.inactiveSince(NOW));
        assertFalse(DEFAULT.applies(new DeadSoulRule.Facts(LifecycleStatus.LEAD, cutOff, null, null, null, 0, 0, 0, 0), NOW));
        assertTrue(DEFAULT.applies(new DeadSoulRule.Facts(LifecycleStatus.LEAD, cutOff.minusSeconds(1), null, null, null,
                0, 0, 0, 0), NOW));
    }

    @Test
    void phonesEmailsContactPersonsAndTaxIdentifiedEntitiesAreWaysToReachAClient() {
        DeadSoulRule.Facts reachable = new DeadSoulRule.Facts(LifecycleStatus.LEAD, TWO_YEARS_AGO, null, null, null, 1, 1, 1, 1);
        assertEquals(4, reachable.contactPoints());
        assertFalse(DEFAULT.applies(reachable, NOW));
        assertFalse(DEFAULT.applies(new DeadSoulRule.Facts(LifecycleStatus.LEAD, TWO_YEARS_AGO, null, null, null, 1, 1, 0, 0), NOW),
                "a phone and an e-mail");
        assertFalse(DEFAULT.applies(new DeadSoulRule.Facts(LifecycleStatus.LEAD, TWO_YEARS_AGO, null, null, null, 0, 0, 1, 1), NOW),
                "a contact person and a firm with a tax id");
        assertTrue(new DeadSoulRule(12, 4).applies(reachable, NOW), "up to the configured number");
    }

    @Test
    void aClientWithNothingToReachItByIsADeadSoulToo() {
        assertTrue(DEFAULT.applies(new DeadSoulRule.Facts(LifecycleStatus.LEAD, TWO_YEARS_AGO, null, null, null, 0, 0, 0, 0), NOW));
    }

    @Test
    void anArchivedClientIsNotListedAgain() {
        assertFalse(DEFAULT.applies(new DeadSoulRule.Facts(LifecycleStatus.ARCHIVED, TWO_YEARS_AGO, null, null, null, 1, 0, 0, 0),
                NOW));
    }

    @Test
    void withZeroMonthsEveryClientUnchangedUntilNowIsInactive() {
        DeadSoulRule now = new DeadSoulRule(0, 1);
        assertTrue(now.applies(new DeadSoulRule.Facts(LifecycleStatus.LEAD, NOW.minusSeconds(1), null, null, null, 1, 0, 0, 0), NOW));
        assertFalse(now.applies(new DeadSoulRule.Facts(LifecycleStatus.LEAD, NOW.minusSeconds(1), NOW.plusDays(1), null, null,
                1, 0, 0, 0), NOW), "a meeting booked for tomorrow");
    }

    @Test
    void negativeSettingsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new DeadSoulRule(-1, 1));
        assertThrows(IllegalArgumentException.class, () -> new DeadSoulRule(12, -1));
    }
}
