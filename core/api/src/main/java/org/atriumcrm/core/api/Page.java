package org.atriumcrm.core.api;

import java.util.List;

/**
 * One page of a list.
 *
 * @param next an opaque cursor for the following page, {@code null} on the last page
 */
public record Page<T>(List<T> items, String next) {

    public Page {
        items = List.copyOf(items);
    }
}
