package org.atriumcrm.core.automation.internal.scheduler;

import org.quartz.Job;
import org.quartz.JobDataMap;
import org.quartz.JobExecutionContext;
import org.quartz.JobExecutionException;

/** An attempt at a webhook delivery, named by the delivery's id and the attempt. */
public final class DeliveryJob implements Job {

    static final String DELIVERY_ID = "deliveryId";

    private final AutomationScheduler scheduler;

    DeliveryJob(AutomationScheduler scheduler) {
        this.scheduler = scheduler;
    }

    @Override
    public void execute(JobExecutionContext context) throws JobExecutionException {
        JobDataMap data = context.getMergedJobDataMap();
        scheduler.deliver(data.getString(DELIVERY_ID), Integer.parseInt(data.getString(RunJob.ATTEMPT)));
    }
}
