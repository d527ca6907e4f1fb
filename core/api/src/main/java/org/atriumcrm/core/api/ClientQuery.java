package org.atriumcrm.core.api;

/**
 * A page request over the client base.
 *
 * @param text   free text: matches words of the name (prefix, case- and accent-insensitive),
 *               an e-mail, or a phone typed in any format; {@code null} for all clients
 * @param status only clients in this status, or {@code null}
 * @param sort   the order; {@code null} means {@link ClientSort#NAME}
 * @param limit  page size, 1..{@value #MAX_LIMIT}
 * @param after  the {@link Page#next()} cursor of the previous page, or {@code null} for the first
 */
public record ClientQuery(String text, LifecycleStatus status, ClientSort sort, int limit, String after) {

    public static final int DEFAULT_LIMIT = 20;
    public static final int MAX_LIMIT = 200;

    public ClientQuery {
        sort = sort == null ? ClientSort.NAME : sort;
    }
}
