package org.atriumcrm.core.api.security;

import java.time.Instant;

/**
 * A signed-in browser session. Its token travels only in an HttpOnly cookie; unsafe requests must
 * also carry {@code csrfToken} in the {@value Authentication#CSRF_HEADER} header.
 */
public record Session(Caller caller, String csrfToken, Instant expiresAt) {
}
