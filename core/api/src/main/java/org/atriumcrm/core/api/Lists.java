package org.atriumcrm.core.api;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Defensive copies for the records of this package: {@code null} becomes an empty list. */
final class Lists {

    private Lists() {
    }

    /** An unmodifiable copy; unlike {@link List#copyOf} it keeps {@code null} elements for validation to name. */
    static <T> List<T> copyOrEmpty(List<T> list) {
        return list == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(list));
    }
}
