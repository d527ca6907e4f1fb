package org.atriumcrm.core.automation.internal.scheduler;

import org.quartz.Job;
import org.quartz.JobDataMap;
import org.quartz.JobExecutionContext;
import org.quartz.JobExecutionException;

/** The one kind of job Atrium stores in Quartz: an attempt at a run, named by its id and attempt. */
public final class RunJob implements Job {

    static final String RUN_ID = "runId";
    static final String ATTEMPT = "attempt";

    private final AutomationScheduler scheduler;

    RunJob(AutomationScheduler scheduler) {
        this.scheduler = scheduler;
    }

    @Override
    public void execute(JobExecutionContext context) throws JobExecutionException {
        JobDataMap data = context.getMergedJobDataMap();
        scheduler.perform(data.getString(RUN_ID), Integer.parseInt(data.getString(ATTEMPT)));
    }
}
