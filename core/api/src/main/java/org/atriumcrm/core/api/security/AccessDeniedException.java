package org.atriumcrm.core.api.security;

/** The caller is signed in but may not do this (HTTP 403); {@code field} names the field refused, if one is. */
public class AccessDeniedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String field;

    public AccessDeniedException(String message) {
        this(null, message);
    }

    public AccessDeniedException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
