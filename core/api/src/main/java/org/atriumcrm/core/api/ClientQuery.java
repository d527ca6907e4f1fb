package org.atriumcrm.core.api;

/**
 * A page request over the client base.
 *
 * @param text   free text: matches words of the name or of a contact's name (prefix, case- and
 *               accent-insensitive), an e-mail, a phone typed in any format, or a tax id;
 *               {@code null} for all clients
 * @param filter exact-match filters, {@link ClientFilter#NONE} for none
 * @param sort   the order; {@code null} means {@link ClientSort#NAME}
 * @param limit  page size, 1..{@value Page#MAX_LIMIT}
 * @param after  the {@link Page#next()} cursor of the previous page, or {@code null} for the first
 */
public record ClientQuery(String text, ClientFilter filter, ClientSort sort, int limit, String after) {

    public ClientQuery {
        filter = filter == null ? ClientFilter.NONE : filter;
        sort = sort == null ? ClientSort.NAME : sort;
    }
}
