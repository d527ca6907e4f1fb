package org.atriumcrm.core.quality;

import java.util.Set;

import org.atriumcrm.core.api.Page;

/**
 * A page request over the stored quality issues.
 *
 * @param type                 only issues of this type; {@code null} for all
 * @param responsibleManagerIn only issues of clients with one of these responsible managers
 *                             ({@code null}: anyone's); how a caller limited to its own or its
 *                             team's clients lists them
 * @param limit                page size, 1..{@value Page#MAX_LIMIT}
 * @param after                the {@link Page#next()} cursor of the previous page, or {@code null} for the first
 */
public record QualityIssueQuery(QualityIssueType type, Set<String> responsibleManagerIn, int limit, String after) {

    public QualityIssueQuery {
        responsibleManagerIn = responsibleManagerIn == null ? null : Set.copyOf(responsibleManagerIn);
    }
}
