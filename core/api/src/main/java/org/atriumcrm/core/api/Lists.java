package org.atriumcrm.core.api;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Defensive copies for the records of this package: {@code null} becomes an empty list. */
final class Lists {

    private Lists() {
    }

    /** An unmodifiable copy that keeps the order; {@code null} becomes empty, {@code null} values stay for validation to name. */
    static <K, V> Map<K, V> copyOrEmpty(Map<K, V> map) {
        return map == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(map));
    }

    /** An unmodifiable copy; unlike {@link List#copyOf} it keeps {@code null} elements for validation to name. */
    static <T> List<T> copyOrEmpty(List<T> list) {
        return list == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(list));
    }
}
