package org.atriumcrm.core.quality.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A name reduced to what identifies it: ASCII skeleton words, sorted, so word order does not count.
 * {@link #key()} is what {@code NAME} keys hold and what similarity is computed on.
 */
record FoldedName(List<String> tokens) {

    FoldedName {
        List<String> sorted = new ArrayList<>(tokens);
        Collections.sort(sorted);
        tokens = List.copyOf(sorted);
    }

    /** Reads a {@code NAME} key back. */
    static FoldedName ofKey(String key) {
        return new FoldedName(key.isBlank() ? List.of() : List.of(key.split(" ")));
    }

    boolean isEmpty() {
        return tokens.isEmpty();
    }

    /** The sorted words joined by spaces: "alfa stroi". */
    String key() {
        return String.join(" ", tokens);
    }

    /** The sorted words joined together, so "АльфаСтрой" meets "Альфа-Строй": "alfastroi". */
    String compact() {
        return String.join("", tokens);
    }
}
