package org.atriumcrm.core.store.internal.search;

/**
 * A search-key pattern as a range of the key index: an exact key is [key, key], a prefix is
 * [prefix, prefix + the highest character). Ranges, unlike {@code LIKE ?}, let the database
 * use the index whatever value is bound.
 */
record KeyRange(String low, String high, boolean prefix) {

    /** Sorts after every character a key can hold. */
    private static final char HIGHEST = '\uFFFF';

    /** @param pattern a pattern of {@link SearchTerms}: ending in an unescaped {@code %} for a prefix */
    static KeyRange of(String pattern) {
        boolean prefix = pattern.endsWith("%") && !pattern.endsWith("\\%");
        String key = unescape(prefix ? pattern.substring(0, pattern.length() - 1) : pattern);
        return new KeyRange(key, prefix ? key + HIGHEST : key, prefix);
    }

    /** The SQL or JPQL condition on {@code column}, with the two parameter markers given. */
    String condition(String column, String lowMarker, String highMarker) {
        return "(" + column + " >= " + lowMarker + " AND " + column + (prefix ? " < " : " <= ") + highMarker + ")";
    }

    /** Whether a stored key is in this range, as the database compares it. */
    boolean contains(String key) {
        return key.compareTo(low) >= 0 && (prefix ? key.compareTo(high) < 0 : key.compareTo(high) <= 0);
    }

    /** Undoes {@link SearchTerms#escape}: the patterns are written for LIKE. */
    static String unescape(String pattern) {
        StringBuilder key = new StringBuilder(pattern.length());
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            if (c == '\\' && i + 1 < pattern.length()) {
                c = pattern.charAt(++i);
            }
            key.append(c);
        }
        return key.toString();
    }
}
