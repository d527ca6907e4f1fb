package org.atriumcrm.core.api.security;

import java.time.Instant;

/** A new API token, the only time its secret {@code token} is shown: send it as {@code Authorization: Bearer <token>}. */
public record IssuedApiToken(String id, String name, String token, Instant createdAt, Instant expiresAt) {
}
