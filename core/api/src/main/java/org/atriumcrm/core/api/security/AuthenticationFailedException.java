package org.atriumcrm.core.api.security;

import java.time.Instant;

/**
 * Sign-in refused (HTTP 401), or refused because the username is locked after repeated failures
 * (HTTP 423, {@link #lockedUntil()} set). The message never says whether the username exists.
 */
public class AuthenticationFailedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final Instant lockedUntil;

    public AuthenticationFailedException(String message, Instant lockedUntil) {
        super(message);
        this.lockedUntil = lockedUntil;
    }

    /** When a locked username may try again; {@code null} when it is not locked. */
    public Instant lockedUntil() {
        return lockedUntil;
    }
}
