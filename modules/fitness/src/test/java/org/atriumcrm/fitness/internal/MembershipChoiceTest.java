package org.atriumcrm.fitness.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;

import org.junit.jupiter.api.Test;

class MembershipChoiceTest {

    private static final LocalDate START = LocalDate.of(2026, 1, 1);
    private static final PlanTerm MONTH = new PlanTerm(1, DurationUnit.MONTHS);

    private final MembershipTerms january = MembershipTerms.sold(START, MONTH, null, 0);
    private final MembershipTerms february = MembershipTerms.sold(january.renewalStart(START), MONTH, null, 0);
    /** latest start first, as the check-in desk reads them */
    private final List<MembershipTerms> chain = List.of(february, january);

    @Test
    void theMembershipThatAdmitsOnTheDayAnswers() {
        assertEquals(january, MembershipChoice.on(chain, Function.identity(), LocalDate.of(2026, 1, 31)));
        assertEquals(february, MembershipChoice.on(chain, Function.identity(), LocalDate.of(2026, 2, 1)));
    }

    @Test
    void otherwiseTheLatestStartedOneSaysWhyNot() {
        assertEquals(february, MembershipChoice.on(chain, Function.identity(), LocalDate.of(2026, 3, 5)));
        assertEquals(DenialReason.EXPIRED, february.denialOn(LocalDate.of(2026, 3, 5)));
        assertEquals(january, MembershipChoice.on(chain, Function.identity(), LocalDate.of(2025, 12, 31)));
        assertEquals(DenialReason.NOT_STARTED, january.denialOn(LocalDate.of(2025, 12, 31)));
    }

    @Test
    void aRenewalStartsAfterTheOldEndOrTodayWhenLapsedOrUsedUp() {
        assertEquals(LocalDate.of(2026, 2, 1), january.renewalStart(LocalDate.of(2026, 1, 20)));
        assertEquals(LocalDate.of(2026, 2, 1), january.renewalStart(LocalDate.of(2026, 1, 31)));
        assertEquals(LocalDate.of(2026, 3, 10), january.renewalStart(LocalDate.of(2026, 3, 10)), "lapsed: from today");
        MembershipTerms usedUp = new MembershipTerms(START, START.plusMonths(3), 0, 0, 0, null, null);
        assertEquals(LocalDate.of(2026, 1, 20), usedUp.renewalStart(LocalDate.of(2026, 1, 20)), "used up: from today");
    }
}
