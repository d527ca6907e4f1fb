package org.atriumcrm.core.automation.internal.scheduler;

import java.time.Instant;
import java.util.Optional;

/** Carries out one attempt of a rule's run when the scheduler fires it (on one node of the cluster). */
public interface RunExecutor {

    /** @return when the next attempt is due, when this one failed in a way that may pass */
    Optional<Instant> execute(String runId, int attempt);
}
