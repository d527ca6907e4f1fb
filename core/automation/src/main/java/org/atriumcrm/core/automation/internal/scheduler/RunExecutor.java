package org.atriumcrm.core.automation.internal.scheduler;

/** Carries out one attempt of a rule's run when the scheduler fires it (on one node of the cluster). */
public interface RunExecutor {

    void execute(String runId, int attempt);
}
