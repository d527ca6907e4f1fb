package org.atriumcrm.fitness.internal;

import java.math.BigDecimal;
import java.util.Currency;

/** A plan draft that passed validation, with its values normalised. */
public record PlanSpec(String name, PlanKind kind, PlanTerm term, Integer visits, int freezeDays, BigDecimal price,
                       Currency currency) {
}
