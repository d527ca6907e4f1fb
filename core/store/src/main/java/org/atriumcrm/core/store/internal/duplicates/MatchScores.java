package org.atriumcrm.core.store.internal.duplicates;

import java.util.List;

import org.atriumcrm.core.api.ClientMatch;
import org.atriumcrm.core.quality.MatchDecision;
import org.atriumcrm.core.quality.MatchScore;

/** A match score as the API shows it: rounded to three decimals, strong or possible, with its reasons. */
public final class MatchScores {

    private MatchScores() {
    }

    public static double rounded(double score) {
        return Math.round(score * 1000) / 1000.0;
    }

    /** STRONG or POSSIBLE; a score of {@link MatchDecision#NONE} is never shown. */
    public static ClientMatch.Decision decision(MatchDecision decision) {
        return decision == MatchDecision.STRONG ? ClientMatch.Decision.STRONG : ClientMatch.Decision.POSSIBLE;
    }

    public static List<ClientMatch.Reason> reasons(MatchScore score) {
        return score.reasons().stream()
                .map(reason -> new ClientMatch.Reason(reason.code(), reason.value(), rounded(reason.similarity()))).toList();
    }
}
