package org.atriumcrm.core.api;

import java.util.Set;

/**
 * A page request over the dead souls.
 *
 * @param responsibleManagerIn only clients whose responsible manager is one of these ({@code null}:
 *                             anyone's); how a caller limited to its own or its team's clients lists them
 * @param limit                page size, 1..{@value Page#MAX_LIMIT}
 * @param after                the {@link Page#next()} cursor of the previous page, or {@code null} for the first
 */
public record DeadSoulQuery(Set<String> responsibleManagerIn, int limit, String after) {

    public DeadSoulQuery {
        responsibleManagerIn = responsibleManagerIn == null ? null : Set.copyOf(responsibleManagerIn);
    }
}
