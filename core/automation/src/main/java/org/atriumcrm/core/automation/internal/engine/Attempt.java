package org.atriumcrm.core.automation.internal.engine;

import java.time.Instant;
import java.util.List;

/**
 * What one attempt at a run did: every action's result so far, the run's status after it, and when
 * the next attempt is due (null: none).
 */
public record Attempt(String runId, int attempt, List<ActionResult> results, RunStatus status, long tookMs, Instant nextAttemptAt) {
}
