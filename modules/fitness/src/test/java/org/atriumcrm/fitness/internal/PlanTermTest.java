package org.atriumcrm.fitness.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class PlanTermTest {

    @Test
    void aMonthEndsTheDayBeforeTheSameDayNextMonth() {
        assertEquals(LocalDate.of(2025, 2, 14), new PlanTerm(1, DurationUnit.MONTHS).lastDay(LocalDate.of(2025, 1, 15)));
    }

    @Test
    void aMonthFromTheThirtyFirstIsClampedToTheShorterMonth() {
        assertEquals(LocalDate.of(2025, 2, 27), new PlanTerm(1, DurationUnit.MONTHS).lastDay(LocalDate.of(2025, 1, 31)));
    }

    @Test
    void aYearIsTwelveMonthsAcrossALeapDay() {
        assertEquals(LocalDate.of(2025, 2, 28), new PlanTerm(12, DurationUnit.MONTHS).lastDay(LocalDate.of(2024, 3, 1)));
    }

    @Test
    void thirtyDaysCountTheFirstDay() {
        assertEquals(LocalDate.of(2025, 1, 30), new PlanTerm(30, DurationUnit.DAYS).lastDay(LocalDate.of(2025, 1, 1)));
    }

    @Test
    void aTermNeedsAPositiveAmount() {
        assertThrows(IllegalArgumentException.class, () -> new PlanTerm(0, DurationUnit.DAYS));
    }
}
