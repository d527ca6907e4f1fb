package org.atriumcrm.core.automation.internal.scheduler;

/**
 * Looks for the time-based triggers that have come due (a deal left in its stage, a date reached) and
 * opens their runs, when the scheduler fires a sweep (on one node of the cluster at a time).
 */
public interface SweepExecutor {

    void sweep();
}
