package org.atriumcrm.core.api;

/** A file or body is larger than allowed; nothing was kept. */
public class ContentTooLargeException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final long limit;

    public ContentTooLargeException(long limit) {
        super("The content is larger than the " + limit + " bytes allowed");
        this.limit = limit;
    }

    public long limit() {
        return limit;
    }
}
