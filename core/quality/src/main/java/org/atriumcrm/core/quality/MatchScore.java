package org.atriumcrm.core.quality;

import java.util.List;

/**
 * How alike a draft and a candidate are.
 *
 * @param score    0 (nothing in common) to 1 (surely the same client)
 * @param decision what the score means, by the configured thresholds
 * @param reasons  the evidence for and against, strongest first
 */
public record MatchScore(double score, MatchDecision decision, List<MatchReason> reasons) {

    public MatchScore {
        reasons = List.copyOf(reasons);
    }

    public static MatchScore none() {
        return new MatchScore(0, MatchDecision.NONE, List.of());
    }

    public boolean strong() {
        return decision == MatchDecision.STRONG;
    }
}
