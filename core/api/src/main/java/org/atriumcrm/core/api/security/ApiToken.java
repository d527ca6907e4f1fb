package org.atriumcrm.core.api.security;

import java.time.Instant;

/** An integration's API token as listed: never the token itself, which is shown once, when issued. */
public record ApiToken(String id, String name, Instant createdAt, Instant expiresAt, Instant lastUsedAt) {
}
