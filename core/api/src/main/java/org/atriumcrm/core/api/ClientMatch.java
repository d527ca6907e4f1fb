package org.atriumcrm.core.api;

import java.util.List;

/**
 * A client already stored that may be the one a draft describes: a candidate duplicate, with how
 * alike the two are and why.
 *
 * @param clientId the stored client
 * @param name     its name
 * @param score    0 (nothing in common) to 1 (surely the same client)
 * @param decision what the score means
 * @param reasons  the evidence for and against, strongest first
 */
public record ClientMatch(String clientId, String name, double score, Decision decision, List<Reason> reasons) {

    public ClientMatch {
        reasons = Lists.copyOrEmpty(reasons);
    }

    /** What a candidate's score means for the user. */
    public enum Decision {
        /** Almost surely the same client: creating another one needs the user's confirmation. */
        STRONG,
        /** Could be the same client: shown as a candidate. */
        POSSIBLE
    }

    /**
     * One piece of evidence: {@code SAME_INN 7707083893}, {@code SIMILAR_NAME alfa 0.93}, {@code DIFFERENT_INN}.
     *
     * @param code       {@code SAME_<KEY TYPE>}, {@code SAME_NAME}, {@code SIMILAR_NAME}, {@code SAME_CITY},
     *                   {@code DIFFERENT_<TAX ID TYPE>} or {@code DIFFERENT_NAME}
     * @param value      the shared value, normalised (the draft's, when names are compared)
     * @param similarity 1 for equal values, below 1 for similar names
     */
    public record Reason(String code, String value, double similarity) {
    }

    /** Whether this candidate is almost surely the same client. */
    public boolean strong() {
        return decision == Decision.STRONG;
    }
}
