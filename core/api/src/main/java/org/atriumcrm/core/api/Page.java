package org.atriumcrm.core.api;

import java.util.List;

/**
 * One page of a list.
 *
 * @param next an opaque cursor for the following page, {@code null} on the last page
 */
public record Page<T>(List<T> items, String next) {

    /** Page size when the caller names none. */
    public static final int DEFAULT_LIMIT = 20;
    /** The largest page any list serves. */
    public static final int MAX_LIMIT = 200;

    public Page {
        items = List.copyOf(items);
    }
}
