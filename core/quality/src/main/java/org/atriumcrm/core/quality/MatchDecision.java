package org.atriumcrm.core.quality;

/** What a match score means for the user. */
public enum MatchDecision {
    /** Almost surely the same client: creating another needs the user's confirmation. */
    STRONG,
    /** Could be the same client: shown as a candidate. */
    POSSIBLE,
    /** Not the same client as far as the data tells. */
    NONE
}
