package org.atriumcrm.fitness.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.function.Function;

import org.atriumcrm.core.api.ValidationException;

/** Query parameters read as text and parsed here, so a bad one is a 422 naming it rather than Jersey's 404. */
final class QueryParams {

    private QueryParams() {
    }

    static Instant instant(String text, String name) {
        return parse(text, name, Instant::parse, "an ISO-8601 UTC time such as 2026-01-31T18:00:00Z");
    }

    static LocalDate date(String text, String name) {
        return parse(text, name, LocalDate::parse, "a date such as 2026-01-31");
    }

    static YearMonth month(String text, String name) {
        return parse(text, name, YearMonth::parse, "a month such as 2026-01");
    }

    static int integer(String text, String name, int absent) {
        Integer value = parse(text, name, Integer::valueOf, "a whole number");
        return value == null ? absent : value;
    }

    static <E extends Enum<E>> E constant(String text, String name, Class<E> type) {
        return parse(text, name, value -> Enum.valueOf(type, value), "one of " + List.of(type.getEnumConstants()));
    }

    private static <T> T parse(String text, String name, Function<String, T> parser, String expected) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return parser.apply(text.strip());
        } catch (DateTimeParseException | IllegalArgumentException e) {
            throw ValidationException.of(name, "is not " + expected);
        }
    }
}
