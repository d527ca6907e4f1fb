package org.atriumcrm.core.rest.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Predicate;

import org.atriumcrm.core.api.Page;

/**
 * A page of what a limited caller reaches, out of a service's pages that hold others' records too:
 * pages are read from the cursor, each no larger than what is still missing (so the last one's
 * cursor is where the answer ends), until the page is full, the service has no more, or
 * {@link #MAX_ROUNDS} were read. Past them the answer is short, with a {@code next}.
 */
final class ReachedPages {

    static final int MAX_ROUNDS = 10;

    private ReachedPages() {
    }

    /** @param read a service page of at most the given size after the given cursor */
    static <T> Page<T> collect(int limit, String after, BiFunction<Integer, String, Page<T>> read, Predicate<T> reached) {
        List<T> items = new ArrayList<>();
        String cursor = after;
        int rounds = 0;
        do {
            Page<T> page = read.apply(limit - items.size(), cursor);
            page.items().stream().filter(reached).forEach(items::add);
            cursor = page.next();
        } while (items.size() < limit && cursor != null && ++rounds < MAX_ROUNDS);
        return new Page<>(items, cursor);
    }
}
