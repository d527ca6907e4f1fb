package org.atriumcrm.core.automation.internal.scheduler;

import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobExecutionContext;

/** The sweep for time-based triggers: one job with a periodic trigger and one trigger per start; never two at once in the cluster. */
@DisallowConcurrentExecution
public final class SweepJob implements Job {

    private final AutomationScheduler scheduler;

    SweepJob(AutomationScheduler scheduler) {
        this.scheduler = scheduler;
    }

    @Override
    public void execute(JobExecutionContext context) {
        scheduler.sweep();
    }
}
