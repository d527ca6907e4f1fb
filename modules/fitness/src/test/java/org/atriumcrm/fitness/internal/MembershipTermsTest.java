package org.atriumcrm.fitness.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;

import org.atriumcrm.core.api.ValidationException;
import org.junit.jupiter.api.Test;

class MembershipTermsTest {

    private static final LocalDate START = LocalDate.of(2025, 3, 1);
    private static final PlanTerm MONTH = new PlanTerm(1, DurationUnit.MONTHS);

    private static MembershipTerms monthly(int freezeDays) {
        return MembershipTerms.sold(START, MONTH, null, freezeDays);
    }

    private static MembershipTerms pack(int visits) {
        return MembershipTerms.sold(START, new PlanTerm(3, DurationUnit.MONTHS), visits, 0);
    }

    @Test
    void aMonthlyMembershipRunsToTheEndOfItsTerm() {
        MembershipTerms terms = monthly(0);
        assertEquals(LocalDate.of(2025, 3, 31), terms.end());
        assertEquals(MembershipStatus.PENDING, terms.status(START.minusDays(1)));
        assertEquals(MembershipStatus.ACTIVE, terms.status(START));
        assertEquals(MembershipStatus.ACTIVE, terms.status(terms.end()));
        assertEquals(MembershipStatus.EXPIRED, terms.status(terms.end().plusDays(1)));
    }

    @Test
    void aTenDayFreezeMovesTheEndByTenDays() {
        LocalDate today = START.plusDays(5);
        MembershipTerms frozen = monthly(30).freeze(10, today);
        assertEquals(monthly(30).end().plusDays(10), frozen.end());
        assertEquals(today, frozen.frozenFrom());
        assertEquals(today.plusDays(9), frozen.frozenUntil());
        assertEquals(20, frozen.freezeDaysLeft());
        assertEquals(MembershipStatus.FROZEN, frozen.status(today));
        assertEquals(MembershipStatus.FROZEN, frozen.status(today.plusDays(9)));
        assertEquals(MembershipStatus.ACTIVE, frozen.status(today.plusDays(10)));
        assertEquals(DenialReason.FROZEN, frozen.denialOn(today));
    }

    @Test
    void aFreezeBeyondThePlansLimitNamesDays() {
        MembershipTerms terms = monthly(14).freeze(10, START);
        ValidationException refused = assertThrows(ValidationException.class, () -> terms.freeze(5, START));
        assertEquals("days", refused.errors().get(0).field());
        assertEquals(terms.end().plusDays(4), terms.freeze(4, START).end());
    }

    @Test
    void aPlanWithoutFreezeDaysCannotBeFrozen() {
        ValidationException refused = assertThrows(ValidationException.class, () -> monthly(0).freeze(1, START));
        assertEquals("days", refused.errors().get(0).field());
    }

    @Test
    void freezeDaysMustBePositive() {
        assertEquals("days", assertThrows(ValidationException.class, () -> monthly(10).freeze(0, START)).errors().get(0).field());
        assertEquals("days", assertThrows(ValidationException.class, () -> monthly(10).freeze(null, START)).errors().get(0).field());
    }

    @Test
    void anExpiredMembershipCannotBeFrozen() {
        MembershipTerms terms = monthly(10);
        ValidationException refused = assertThrows(ValidationException.class, () -> terms.freeze(3, terms.end().plusDays(1)));
        assertEquals("membership", refused.errors().get(0).field());
    }

    @Test
    void freezingAgainExtendsTheRunningFreeze() {
        LocalDate today = START.plusDays(2);
        MembershipTerms twice = monthly(30).freeze(5, today).freeze(3, today.plusDays(1));
        assertEquals(today, twice.frozenFrom());
        assertEquals(today.plusDays(7), twice.frozenUntil());
        assertEquals(monthly(30).end().plusDays(8), twice.end());
    }

    @Test
    void aMembershipNotStartedYetIsFrozenFromItsStart() {
        MembershipTerms frozen = monthly(10).freeze(4, START.minusDays(20));
        assertEquals(START, frozen.frozenFrom());
        assertEquals(MembershipStatus.FROZEN, frozen.status(START));
    }

    @Test
    void unfreezingGivesBackTheDaysNotFrozen() {
        LocalDate frozenOn = START.plusDays(5);
        MembershipTerms frozen = monthly(30).freeze(10, frozenOn);
        MembershipTerms back = frozen.unfreeze(frozenOn.plusDays(3));
        assertEquals(monthly(30).end().plusDays(3), back.end());
        assertEquals(27, back.freezeDaysLeft());
        assertEquals(frozenOn.plusDays(2), back.frozenUntil());
        assertEquals(MembershipStatus.ACTIVE, back.status(frozenOn.plusDays(3)));
    }

    @Test
    void unfreezingOnTheFirstFrozenDayUndoesTheFreeze() {
        MembershipTerms back = monthly(30).freeze(10, START).unfreeze(START);
        assertEquals(monthly(30), back);
    }

    @Test
    void onlyAFrozenMembershipCanBeUnfrozen() {
        ValidationException refused = assertThrows(ValidationException.class, () -> monthly(10).unfreeze(START));
        assertEquals("membership", refused.errors().get(0).field());
        MembershipTerms past = monthly(10).freeze(2, START);
        assertThrows(ValidationException.class, () -> past.unfreeze(START.plusDays(2)));
    }

    @Test
    void aPackAdmitsWhileVisitsAreLeft() {
        assertNull(pack(10).denialOn(START));
        MembershipTerms usedUp = new MembershipTerms(START, START.plusMonths(3), 0, 0, 0, null, null);
        assertEquals(MembershipStatus.USED_UP, usedUp.status(START));
        assertEquals(DenialReason.NO_VISITS_LEFT, usedUp.denialOn(START));
    }

    @Test
    void anExpiredOrNotStartedMembershipIsDenied() {
        MembershipTerms terms = pack(10);
        assertEquals(DenialReason.EXPIRED, terms.denialOn(terms.end().plusDays(1)));
        assertEquals(DenialReason.NOT_STARTED, terms.denialOn(START.minusDays(1)));
    }

    @Test
    void anExpiredPackIsExpiredEvenWithVisitsLeft() {
        MembershipTerms terms = pack(10);
        assertEquals(MembershipStatus.EXPIRED, terms.status(terms.end().plusDays(1)));
    }
}
