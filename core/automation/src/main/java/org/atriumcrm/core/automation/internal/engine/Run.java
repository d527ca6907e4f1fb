package org.atriumcrm.core.automation.internal.engine;

import java.time.Instant;
import java.util.List;

/** A run as the log shows it: which version of which rule fired, for which record, and what each action did. */
public record Run(String id, String ruleId, int ruleVersion, String occurrence, String trigger, String recordType,
        String recordId, String clientId, String contactId, RunStatus status, int attempts, List<ActionResult> actions,
        Instant createdAt, Instant finishedAt, long durationMs, Instant nextAttemptAt) {
}
