package org.atriumcrm.core.api;

import java.time.Instant;

/**
 * A client list's filters, free text and order, saved under a name by the user who owns it;
 * {@code shared} lets everyone else use it too (only its owner changes or deletes it).
 *
 * @param filter the list's filters; never limited by {@code responsibleManagerIn}: the scope of
 *               whoever uses the filter limits the list it shows
 * @param text   the list's free text, or {@code null}
 */
public record SavedFilter(String id, String ownerId, String name, boolean shared, String text, ClientFilter filter,
        ClientSort sort, long version, Instant createdAt, Instant updatedAt) {

    public SavedFilter {
        filter = filter == null ? ClientFilter.NONE : filter;
        sort = sort == null ? ClientSort.NAME : sort;
    }
}
