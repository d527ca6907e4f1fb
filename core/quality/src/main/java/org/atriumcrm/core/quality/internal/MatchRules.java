package org.atriumcrm.core.quality.internal;

/**
 * Every weight and threshold of duplicate scoring, in one place. A score is the noisy-OR of the
 * weights of the evidence found, 1 − Π(1 − w): each piece alone says "same client" with its
 * weight, and independent pieces add up without passing 1.
 */
final class MatchRules {

    /** Default score from which a candidate is a strong match (configurable). */
    static final double STRONG = 0.85;
    /** Default score from which a candidate is a possible match (configurable). */
    static final double POSSIBLE = 0.45;

    /** A tax id in common: the same legal entity. */
    static final double SAME_TAX_ID = 0.99;
    /** The same e-mail address. */
    static final double SAME_EMAIL = 0.9;
    /** The same phone: alone only possible, since firms of one business centre or one group share a switchboard. */
    static final double SAME_PHONE = 0.8;
    /** The same company web domain: alone only possible, since a group's firms share one. */
    static final double SAME_DOMAIN = 0.7;
    /** A key a module added, in common. */
    static final double SAME_MODULE_KEY = 0.8;

    /** Names this alike are the same name. */
    static final double SAME_NAME_FROM = 0.95;
    /** Names less alike than this say nothing. */
    static final double SIMILAR_NAME_FROM = 0.8;
    /** The same firm name: alone only possible, firms of one name exist in other cities. */
    static final double SAME_NAME = 0.75;
    /** A similar name, at {@link #SIMILAR_NAME_FROM} and just below {@link #SAME_NAME_FROM}. */
    static final double SIMILAR_NAME_LOW = 0.4;
    static final double SIMILAR_NAME_HIGH = 0.7;
    /** People share names far more than firms do: their name weights are scaled by this. */
    static final double PERSON_NAME_FACTOR = 0.73;
    /** The same city, counted only beside a same or similar name. */
    static final double SAME_CITY = 0.45;
    static final double PERSON_SAME_CITY = 0.2;

    /**
     * How far below the strong threshold a score is held when a strong match is vetoed: by tax ids
     * of the same kind all different, or by names that differ when only a phone or domain is shared.
     */
    static final double VETO_MARGIN = 0.05;

    private MatchRules() {
    }

    /** The weight of a name similarity, 0 below {@link #SIMILAR_NAME_FROM}. */
    static double nameWeight(double similarity, boolean persons) {
        double weight;
        if (similarity >= SAME_NAME_FROM) {
            weight = SAME_NAME;
        } else if (similarity >= SIMILAR_NAME_FROM) {
            double position = (similarity - SIMILAR_NAME_FROM) / (SAME_NAME_FROM - SIMILAR_NAME_FROM);
            weight = SIMILAR_NAME_LOW + position * (SIMILAR_NAME_HIGH - SIMILAR_NAME_LOW);
        } else {
            weight = 0;
        }
        return persons ? weight * PERSON_NAME_FACTOR : weight;
    }
}
