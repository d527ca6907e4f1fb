package org.atriumcrm.core.api;

import java.util.Set;

/**
 * A page request over the duplicate groups.
 *
 * @param minDecision          {@link ClientMatch.Decision#STRONG} for the groups with a strong pair
 *                             only; {@code null} or {@link ClientMatch.Decision#POSSIBLE} for all
 * @param responsibleManagerIn only groups whose clients all have one of these responsible managers
 *                             ({@code null}: anyone's); how a caller limited to its own or its
 *                             team's clients lists them
 * @param limit                page size, 1..{@value Page#MAX_LIMIT}
 * @param after                the {@link Page#next()} cursor of the previous page, or {@code null} for the first
 */
public record DuplicateQuery(ClientMatch.Decision minDecision, Set<String> responsibleManagerIn, int limit, String after) {

    public DuplicateQuery {
        minDecision = minDecision == null ? ClientMatch.Decision.POSSIBLE : minDecision;
        responsibleManagerIn = responsibleManagerIn == null ? null : Set.copyOf(responsibleManagerIn);
    }
}
