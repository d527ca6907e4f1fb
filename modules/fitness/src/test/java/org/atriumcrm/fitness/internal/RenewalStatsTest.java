package org.atriumcrm.fitness.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class RenewalStatsTest {

    private static final YearMonth MARCH = YearMonth.of(2026, 3);

    @Test
    void ratesPerMonthAndPlanAndVisitsOfRenewersAgainstOthers() {
        List<RenewalStats.Outcome> outcomes = List.of(
                new RenewalStats.Outcome(MARCH, "monthly", "Monthly", true, 3.0),
                new RenewalStats.Outcome(MARCH, "monthly", "Monthly", false, 0.5),
                new RenewalStats.Outcome(MARCH, "annual", "Annual", true, 2.0),
                new RenewalStats.Outcome(MARCH.plusMonths(1), "monthly", "Monthly", false, 1.5),
                new RenewalStats.Outcome(MARCH.plusMonths(5), "monthly", "Monthly", true, 9.0));
        RenewalStats stats = RenewalStats.of(MARCH.minusMonths(1), MARCH.plusMonths(1), outcomes, Map.of());

        assertEquals(List.of("2026-02", "2026-03", "2026-04"), stats.months().stream().map(RenewalStats.Tally::month).toList());
        assertEquals(new RenewalStats.Tally("2026-02", 0, 0, 0, null), stats.months().get(0));
        assertEquals(new RenewalStats.Tally("2026-03", 3, 2, 1, 2.0 / 3), stats.months().get(1));
        assertEquals(new RenewalStats.Tally("2026-04", 1, 0, 1, 0.0), stats.months().get(2));
        assertEquals(new RenewalStats.PlanTally("monthly", "Monthly", 3, 1, 2, 1.0 / 3), stats.plans().get(0));
        assertEquals(new RenewalStats.PlanTally("annual", "Annual", 1, 1, 0, 1.0), stats.plans().get(1));
        assertEquals(new RenewalStats.VisitsPerWeek(2.5, 1.0, 2, 2), stats.visitsPerWeek());
    }

    @Test
    void nothingDecidedHasNoRatesOrAverages() {
        RenewalStats stats = RenewalStats.of(MARCH, MARCH, List.of(), Map.of());
        assertNull(stats.months().get(0).renewalRate());
        assertNull(stats.visitsPerWeek().renewers());
        assertEquals(List.of(), stats.plans());
    }
}
