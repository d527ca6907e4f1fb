package org.atriumcrm.fitness.internal;

import java.util.List;
import java.util.function.Function;

import org.atriumcrm.core.api.Page;
import org.atriumcrm.core.api.ValidationException;

/**
 * Keyset paging as core does it: a list is read in the order of an index, {@code limit} items at a
 * time, and {@code after} is the cursor the page before gave as {@code next} (the id of its last item).
 */
final class Paging {

    private Paging() {
    }

    /** The page size from {@code ?limit=}; {@link Page#DEFAULT_LIMIT} when absent. */
    static int limit(String text) {
        if (text == null || text.isBlank()) {
            return Page.DEFAULT_LIMIT;
        }
        try {
            int limit = Integer.parseInt(text.strip());
            if (limit >= 1 && limit <= Page.MAX_LIMIT) {
                return limit;
            }
        } catch (NumberFormatException e) {
            // named below
        }
        throw ValidationException.of("limit", "must be a whole number from 1 to " + Page.MAX_LIMIT);
    }

    /** The cursor from {@code ?after=}; {@code null} for the first page. */
    static String after(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    /** A page from up to {@code limit + 1} items read: the extra one only says that there is a next page. */
    static <T> Page<T> page(List<T> read, int limit, Function<T, String> cursor) {
        if (read.size() <= limit) {
            return new Page<>(read, null);
        }
        List<T> items = read.subList(0, limit);
        return new Page<>(items, cursor.apply(items.get(limit - 1)));
    }

    static ValidationException unknownCursor() {
        return ValidationException.of("after", "is not a cursor of this list (use the next value of the page before)");
    }
}
