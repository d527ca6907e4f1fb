package org.atriumcrm.core.api.security;

import java.time.Instant;
import java.util.List;

/**
 * One row of the audit trail. {@code userId} is empty for Atrium's own work; {@code username} is
 * the name as it was then (or the name tried, for a failed login).
 */
public record AuditEntry(
        String id,
        Instant at,
        AuditAction action,
        String recordType,
        String recordId,
        String userId,
        String username,
        List<AuditChange> changes) {

    public AuditEntry {
        changes = changes == null ? List.of() : List.copyOf(changes);
    }
}
