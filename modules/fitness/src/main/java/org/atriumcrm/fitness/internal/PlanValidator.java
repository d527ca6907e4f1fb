package org.atriumcrm.fitness.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Locale;

import org.atriumcrm.core.api.FieldError;
import org.atriumcrm.core.api.ValidationException;

/** Checks a whole plan draft and reports every bad field at once. */
public final class PlanValidator {

    static final int MAX_NAME = 100;
    /** Long enough for any real plan, short enough that dates stay far from overflow. */
    static final int MAX_DAYS = 3660;
    static final int MAX_MONTHS = 120;
    static final int MAX_VISITS = 10_000;
    /** What fits the price column, DECIMAL(19,4). */
    private static final BigDecimal MAX_PRICE = new BigDecimal("999999999999999");

    private PlanValidator() {
    }

    /** @throws ValidationException naming each field that is missing or out of range */
    public static PlanSpec validate(PlanDraft draft) {
        if (draft == null) {
            throw ValidationException.of("body", "is required");
        }
        List<FieldError> errors = new ArrayList<>();
        String name = draft.name() == null ? "" : draft.name().strip();
        if (name.isEmpty()) {
            errors.add(FieldError.of("name", FieldError.REQUIRED, "is required"));
        } else if (name.length() > MAX_NAME) {
            errors.add(new FieldError("name", FieldError.TOO_LONG, Map.of("max", MAX_NAME), "is longer than " + MAX_NAME + " characters"));
        }
        if (draft.kind() == null) {
            errors.add(FieldError.of("kind", FieldError.REQUIRED, "is required (TIME or VISITS)"));
        }
        PlanTerm term = term(draft, errors);
        if (draft.kind() == PlanKind.VISITS) {
            if (draft.visits() == null) {
                errors.add(FieldError.of("visits", FieldError.REQUIRED, "is required for a visit pack"));
            } else if (draft.visits() < 1 || draft.visits() > MAX_VISITS) {
                errors.add(new FieldError("visits", FieldError.OUT_OF_RANGE, Map.of("min", 1, "max", MAX_VISITS), "must be between 1 and " + MAX_VISITS));
            }
        } else if (draft.kind() == PlanKind.TIME && draft.visits() != null) {
            errors.add(FieldError.of("visits", "fitness.visits_for_packs", "applies to visit packs only"));
        }
        int freezeDays = draft.freezeDays() == null ? 0 : draft.freezeDays();
        if (freezeDays < 0 || freezeDays > MAX_DAYS) {
            errors.add(new FieldError("freezeDays", FieldError.OUT_OF_RANGE, Map.of("min", 0, "max", MAX_DAYS), "must be between 0 and " + MAX_DAYS));
        }
        Currency currency = currency(draft.currency(), errors);
        BigDecimal price = price(draft.price(), currency, errors);
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return new PlanSpec(name, draft.kind(), term, draft.kind() == PlanKind.VISITS ? draft.visits() : null,
                freezeDays, price, currency);
    }

    private static PlanTerm term(PlanDraft draft, List<FieldError> errors) {
        if (draft.durationUnit() == null) {
            errors.add(FieldError.of("durationUnit", FieldError.REQUIRED, "is required (DAYS or MONTHS)"));
        }
        if (draft.duration() == null) {
            errors.add(FieldError.of("duration", FieldError.REQUIRED, "is required"));
            return null;
        }
        int max = draft.durationUnit() == DurationUnit.MONTHS ? MAX_MONTHS : MAX_DAYS;
        if (draft.duration() < 1 || draft.duration() > max) {
            errors.add(new FieldError("duration", FieldError.OUT_OF_RANGE, Map.of("min", 1, "max", max), "must be between 1 and " + max));
            return null;
        }
        return draft.durationUnit() == null ? null : new PlanTerm(draft.duration(), draft.durationUnit());
    }

    private static Currency currency(String code, List<FieldError> errors) {
        if (code == null || code.isBlank()) {
            errors.add(FieldError.of("currency", FieldError.REQUIRED, "is required"));
            return null;
        }
        try {
            if (!code.equals(code.toUpperCase(Locale.ROOT))) {
                throw new IllegalArgumentException(code);
            }
            return Currency.getInstance(code);
        } catch (IllegalArgumentException e) {
            errors.add(FieldError.of("currency", "invalid_currency", "is not an ISO 4217 currency code"));
            return null;
        }
    }

    private static BigDecimal price(String text, Currency currency, List<FieldError> errors) {
        if (text == null || text.isBlank()) {
            errors.add(FieldError.of("price", FieldError.REQUIRED, "is required"));
            return null;
        }
        BigDecimal price;
        try {
            price = new BigDecimal(text.strip());
        } catch (NumberFormatException e) {
            errors.add(new FieldError("price", "is not a decimal number such as \"49.90\""));
            return null;
        }
        if (price.signum() < 0 || price.compareTo(MAX_PRICE) > 0) {
            errors.add(new FieldError("price", "must be between 0 and " + MAX_PRICE.toPlainString()));
            return null;
        }
        int digits = currency == null ? -1 : currency.getDefaultFractionDigits();
        if (digits >= 0 && price.stripTrailingZeros().scale() > digits) {
            errors.add(new FieldError("price", "has more decimals than " + currency.getCurrencyCode() + " allows (" + digits + ")"));
            return null;
        }
        return digits >= 0 ? price.setScale(digits) : price;
    }
}
