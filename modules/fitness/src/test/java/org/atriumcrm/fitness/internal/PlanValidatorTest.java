package org.atriumcrm.fitness.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.atriumcrm.core.api.FieldError;
import org.atriumcrm.core.api.ValidationException;
import org.junit.jupiter.api.Test;

class PlanValidatorTest {

    private static List<String> refusedFields(PlanDraft draft) {
        return assertThrows(ValidationException.class, () -> PlanValidator.validate(draft)).errors().stream()
                .map(FieldError::field).toList();
    }

    @Test
    void aMonthlyPlanIsNormalised() {
        PlanSpec spec = PlanValidator.validate(new PlanDraft("  Monthly  ", PlanKind.TIME, 1, DurationUnit.MONTHS, null, 14,
                "49.9", "EUR"));
        assertEquals("Monthly", spec.name());
        assertEquals(new PlanTerm(1, DurationUnit.MONTHS), spec.term());
        assertEquals("49.90", spec.price().toPlainString());
        assertEquals(14, spec.freezeDays());
        assertNull(spec.visits());
    }

    @Test
    void aPackNeedsItsVisits() {
        assertEquals(List.of("visits"), refusedFields(new PlanDraft("10 visits", PlanKind.VISITS, 3, DurationUnit.MONTHS, null, 0, "90", "EUR")));
        assertEquals(10, PlanValidator.validate(new PlanDraft("10 visits", PlanKind.VISITS, 3, DurationUnit.MONTHS, 10, null, "90", "EUR")).visits());
    }

    @Test
    void aTimePlanHasNoVisits() {
        assertEquals(List.of("visits"), refusedFields(new PlanDraft("Monthly", PlanKind.TIME, 1, DurationUnit.MONTHS, 10, 0, "49", "EUR")));
    }

    @Test
    void everyBadFieldIsReportedAtOnce() {
        assertEquals(List.of("name", "kind", "durationUnit", "duration", "freezeDays", "currency", "price"),
                refusedFields(new PlanDraft(" ", null, null, null, null, -1, null, null)));
    }

    @Test
    void thePriceIsADecimalStringInTheCurrencysMinorUnits() {
        assertEquals(List.of("price"), refusedFields(new PlanDraft("M", PlanKind.TIME, 1, DurationUnit.MONTHS, null, 0, "49,90", "EUR")));
        assertEquals(List.of("price"), refusedFields(new PlanDraft("M", PlanKind.TIME, 1, DurationUnit.MONTHS, null, 0, "49.905", "EUR")));
        assertEquals(List.of("price"), refusedFields(new PlanDraft("M", PlanKind.TIME, 1, DurationUnit.MONTHS, null, 0, "-1", "EUR")));
        assertEquals(List.of("price"), refusedFields(new PlanDraft("M", PlanKind.TIME, 1, DurationUnit.MONTHS, null, 0, "1500.5", "JPY")));
        assertEquals("1500", PlanValidator.validate(new PlanDraft("M", PlanKind.TIME, 1, DurationUnit.MONTHS, null, 0, "1500", "JPY"))
                .price().toPlainString());
    }

    @Test
    void theCurrencyIsAnUpperCaseIsoCode() {
        assertEquals(List.of("currency"), refusedFields(new PlanDraft("M", PlanKind.TIME, 1, DurationUnit.MONTHS, null, 0, "10", "eur")));
        assertEquals(List.of("currency"), refusedFields(new PlanDraft("M", PlanKind.TIME, 1, DurationUnit.MONTHS, null, 0, "10", "XYZ1")));
    }

    @Test
    void theDurationHasALimitPerUnit() {
        assertEquals(List.of("duration"), refusedFields(new PlanDraft("M", PlanKind.TIME, 121, DurationUnit.MONTHS, null, 0, "10", "EUR")));
        assertEquals(new PlanTerm(365, DurationUnit.DAYS),
                PlanValidator.validate(new PlanDraft("Y", PlanKind.TIME, 365, DurationUnit.DAYS, null, 0, "10", "EUR")).term());
    }
}
