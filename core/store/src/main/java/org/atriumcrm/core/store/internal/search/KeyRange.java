package org.atriumcrm.core.store.internal.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A search-key pattern as a range of the key index: an exact key is [key, key], a prefix is
 * [prefix, prefix + the highest character). Ranges, unlike {@code LIKE ?}, let the database
 * use the index whatever value is bound.
 *
 * <p>A pattern with a wildcard before its end ({@code m:iva% smi%}: a pair whose first word starts
 * with "iva" and whose second with "smi") is the range of its literal start, and the pattern itself
 * checked on each entry of that range ({@code like}). The check reads the key only, so on the
 * covering walk index it costs no row of the table.
 *
 * @param like the pattern to check on each key of the range, or {@code null} when the range says it all
 */
record KeyRange(String low, String high, boolean prefix, String like) {

    /** Sorts after every character a key can hold. */
    private static final char HIGHEST = '\uFFFF';

    /** @param pattern a pattern of {@link SearchTerms}: LIKE syntax, {@code ESCAPE '\'} */
    static KeyRange of(String pattern) {
        StringBuilder literal = new StringBuilder(pattern.length());
        int i = 0;
        for (; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            if (c == '\\' && i + 1 < pattern.length()) {
                literal.append(pattern.charAt(++i));
            } else if (c == '%' || c == '_') {
                break;
            } else {
                literal.append(c);
            }
        }
        String key = literal.toString();
        if (i == pattern.length()) {
            return new KeyRange(key, key, false, null);
        }
        boolean onlyTrailing = i == pattern.length() - 1 && pattern.charAt(i) == '%';
        return new KeyRange(key, key + HIGHEST, true, onlyTrailing ? null : pattern);
    }

    /** The SQL condition on {@code column} with {@code ?} markers, bound by {@link #parameters()}. */
    String condition(String column) {
        return bounds(column, "?", "?") + check(column) + ")";
    }

    /** The values of {@link #condition(String)}'s markers, in order. */
    List<Object> parameters() {
        List<Object> values = new ArrayList<>(List.of(low, high));
        values.addAll(checkParameters());
        return values;
    }

    /**
     * The JPQL condition on {@code path}, with named parameters {@code :<name>lo}, {@code :<name>hi}
     * and, with a check, {@code :<name>like}, as {@link #bind} sets them.
     */
    String condition(String path, String name) {
        return bounds(path, ":" + name + "lo", ":" + name + "hi")
                + (like == null ? "" : " AND " + path + " LIKE :" + name + "like ESCAPE '\\'") + ")";
    }

    void bind(Map<String, Object> parameters, String name) {
        parameters.put(name + "lo", low);
        parameters.put(name + "hi", high);
        if (like != null) {
            parameters.put(name + "like", like);
        }
    }

    private String bounds(String column, String lowMarker, String highMarker) {
        return "(" + column + " >= " + lowMarker + " AND " + column + (prefix ? " < " : " <= ") + highMarker;
    }

    /**
     * The SQL check of {@code like} on {@code column} ({@code ""} without one), for a condition
     * that bounds the range itself; its marker is bound by {@link #checkParameters()}. The column
     * is concatenated so that Derby makes no index bounds of its own from the pattern: a walk
     * resumes inside the range, and bounds from the pattern's start would read it again from there.
     */
    String check(String column) {
        return like == null ? "" : " AND " + column + " || '' LIKE ? ESCAPE '\\'";
    }

    List<Object> checkParameters() {
        return like == null ? List.of() : List.of(like);
    }

    /** Whether a stored key is in this range, as the database compares it. */
    boolean contains(String key) {
        boolean inRange = key.compareTo(low) >= 0 && (prefix ? key.compareTo(high) < 0 : key.compareTo(high) <= 0);
        return inRange && (like == null || regex(like).matcher(key).matches());
    }

    /** The LIKE pattern as a regular expression: {@code %} any characters, {@code _} one. */
    private static Pattern regex(String like) {
        StringBuilder regex = new StringBuilder();
        StringBuilder literal = new StringBuilder();
        for (int i = 0; i < like.length(); i++) {
            char c = like.charAt(i);
            if (c == '\\' && i + 1 < like.length()) {
                literal.append(like.charAt(++i));
            } else if (c == '%' || c == '_') {
                regex.append(Pattern.quote(literal.toString())).append(c == '%' ? ".*" : ".");
                literal.setLength(0);
            } else {
                literal.append(c);
            }
        }
        return Pattern.compile(regex.append(Pattern.quote(literal.toString())).toString(), Pattern.DOTALL);
    }
}
