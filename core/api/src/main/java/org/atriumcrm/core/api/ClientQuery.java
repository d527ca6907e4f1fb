package org.atriumcrm.core.api;

import java.util.Set;

/**
 * A page request over the client base.
 *
 * @param text         free text: matches words of the name or of a contact's name (prefix, case- and
 *                     accent-insensitive), an e-mail, a phone typed in any format, or a tax id;
 *                     {@code null} for all clients
 * @param filter       exact-match filters, {@link ClientFilter#NONE} for none
 * @param sort         the order; {@code null} means {@link ClientSort#NAME}
 * @param limit        page size, 1..{@value Page#MAX_LIMIT}
 * @param after        the {@link Page#next()} cursor of the previous page, or {@code null} for the first
 * @param hiddenFields fields hidden from the caller (see {@link org.atriumcrm.core.api.security.FieldPaths}):
 *                     the text never matches through their values, so a search cannot tell what they hold
 */
public record ClientQuery(String text, ClientFilter filter, ClientSort sort, int limit, String after, Set<String> hiddenFields) {

    public ClientQuery {
        filter = filter == null ? ClientFilter.NONE : filter;
        sort = sort == null ? ClientSort.NAME : sort;
        hiddenFields = hiddenFields == null ? Set.of() : Set.copyOf(hiddenFields);
    }

    /** A request whose text may match every field. */
    public ClientQuery(String text, ClientFilter filter, ClientSort sort, int limit, String after) {
        this(text, filter, sort, limit, after, Set.of());
    }
}
