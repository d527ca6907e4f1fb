package org.atriumcrm.core.api.security;

import java.time.Instant;

/** Filters of the audit trail, newest first; {@code null} does not filter. */
public record AuditQuery(
        String recordType,
        String recordId,
        String userId,
        AuditAction action,
        Instant from,
        Instant to,
        int limit,
        String after) {
}
