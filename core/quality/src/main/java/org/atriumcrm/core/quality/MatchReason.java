package org.atriumcrm.core.quality;

/**
 * Why two clients look alike, or why they cannot be one: "same INN 7701234567", "similar name
 * 0.93", "different INN".
 *
 * @param code       {@code SAME_<KEY TYPE>}, {@link #SAME_NAME}, {@link #SIMILAR_NAME},
 *                   {@link #SAME_CITY}, {@code DIFFERENT_<TAX ID TYPE>} or {@link #DIFFERENT_NAME}
 * @param value      the shared value (the draft's, when names are compared)
 * @param similarity 1 for equal values, below 1 for similar names
 * @param weight     how much this reason alone says the two are one client (0..1); 0 for a
 *                   reason that holds a match back
 */
public record MatchReason(String code, String value, double similarity, double weight) {

    public static final String SAME_PREFIX = "SAME_";
    public static final String DIFFERENT_PREFIX = "DIFFERENT_";
    public static final String SAME_NAME = "SAME_NAME";
    public static final String SIMILAR_NAME = "SIMILAR_NAME";
    public static final String SAME_CITY = "SAME_CITY";
    /** Only shared contact data (a phone, a domain) and names that differ: not a strong match. */
    public static final String DIFFERENT_NAME = "DIFFERENT_NAME";

    /** Whether this reason holds a match back rather than supports it. */
    public boolean against() {
        return code.startsWith(DIFFERENT_PREFIX);
    }
}
