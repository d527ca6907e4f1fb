package org.atriumcrm.core.automation.internal.scheduler;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Properties;
import java.util.UUID;

import javax.sql.DataSource;

import org.atriumcrm.core.automation.internal.AutomationConfiguration;
import org.atriumcrm.core.automation.internal.AutomationSchema;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.metatype.annotations.Designate;
import org.quartz.Job;
import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.JobKey;
import org.quartz.ObjectAlreadyExistsException;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.SimpleScheduleBuilder;
import org.quartz.SimpleTrigger;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.quartz.TriggerKey;
import org.quartz.impl.StdSchedulerFactory;
import org.quartz.utils.DBConnectionManager;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Quartz with its JDBC job store on the Atrium database, clustered: every node runs one, they share
 * the {@code atr_auto_qrtz_} tables, and a job fires on exactly one of them. A run's attempt is a job;
 * it survives a restart and is fired when Atrium is back (a node that died mid-run is recovered by
 * another). Jobs are performed by the {@link RunExecutor} present, which rule runs it never decides;
 * webhook deliveries are jobs of their own group, performed by the {@link DeliveryExecutor}. The sweep
 * for time-based triggers is one durable job, fired every {@code sweep.interval.minutes} (a sweep due
 * while Atrium was down fires when it is back) and whenever a {@link SweepExecutor} arrives (at start).
 */
@Component(service = AutomationScheduler.class, immediate = true, configurationPid = AutomationConfiguration.PID)
@Designate(ocd = AutomationConfiguration.class)
public class AutomationScheduler {

    private static final Logger LOG = LoggerFactory.getLogger(AutomationScheduler.class);
    private static final String DATA_SOURCE = "atrium";
    private static final String GROUP = "runs";
    private static final String DELIVERIES = "webhooks";
    private static final JobKey SWEEP = JobKey.jobKey("time-triggers", "sweeps");
    private static final TriggerKey PERIODIC_SWEEP = TriggerKey.triggerKey("every-interval", SWEEP.getGroup());
    private static final TriggerKey SWEEP_SOON = TriggerKey.triggerKey("types-arrived", SWEEP.getGroup());
    /** Step types arrive one by one as bundles start: one sweep after them all */
    private static final Duration SWEEP_SOON_DELAY = Duration.ofSeconds(5);
    /** Waiting for an executor that is not there yet (the engine is restarting) */
    private static final Duration EXECUTOR_ABSENT_DELAY = Duration.ofSeconds(10);

    private final Scheduler scheduler;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile RunExecutor executor;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile DeliveryExecutor deliveries;

    private volatile SweepExecutor sweeper;

    @Activate
    public AutomationScheduler(@Reference AutomationSchema schema,
            @Reference(target = "(osgi.jndi.service.name=atrium)") DataSource dataSource,
            AutomationConfiguration configuration) throws SchedulerException {
        DBConnectionManager.getInstance().addConnectionProvider(DATA_SOURCE, new DataSourceConnections(dataSource));
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        // Quartz loads job classes named in its tables through the loader current at its start
        thread.setContextClassLoader(AutomationScheduler.class.getClassLoader());
        try {
            scheduler = new StdSchedulerFactory(properties(configuration)).getScheduler();
            scheduler.setJobFactory((bundle, owner) -> {
                Class<? extends Job> type = bundle.getJobDetail().getJobClass();
                return DeliveryJob.class.equals(type) ? new DeliveryJob(this)
                        : SweepJob.class.equals(type) ? new SweepJob(this) : new RunJob(this);
            });
            scheduler.start();
            scheduleSweeps(Duration.ofMinutes(Math.max(1, configuration.sweep_interval_minutes())));
        } finally {
            thread.setContextClassLoader(previous);
        }
        LOG.info("Automation scheduler started as {} of cluster {}", scheduler.getSchedulerInstanceId(),
                scheduler.getSchedulerName());
    }

    /** The sweep job and its periodic trigger, stored once for the cluster; a changed interval replaces the trigger. */
    private void scheduleSweeps(Duration interval) throws SchedulerException {
        try {
            if (!scheduler.checkExists(SWEEP)) {
                scheduler.addJob(JobBuilder.newJob(SweepJob.class).withIdentity(SWEEP).storeDurably().build(), false);
            }
            Trigger current = scheduler.getTrigger(PERIODIC_SWEEP);
            if (current instanceof SimpleTrigger simple && simple.getRepeatInterval() == interval.toMillis()) {
                return;
            }
            Trigger periodic = TriggerBuilder.newTrigger()
                    .withIdentity(PERIODIC_SWEEP)
                    .forJob(SWEEP)
                    .startAt(Date.from(Instant.now().plus(interval)))
                    .withSchedule(SimpleScheduleBuilder.simpleSchedule().withIntervalInMilliseconds(interval.toMillis())
                            .repeatForever().withMisfireHandlingInstructionNowWithExistingCount())
                    .build();
            if (current == null) {
                scheduler.scheduleJob(periodic);
            } else {
                scheduler.rescheduleJob(PERIODIC_SWEEP, periodic);
            }
        } catch (ObjectAlreadyExistsException anotherNode) {
            LOG.debug("Another node stored the sweep first", anotherNode);
        }
    }

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    void bindSweeper(SweepExecutor arrived) {
        sweeper = arrived;
        sweepNow();
    }

    void unbindSweeper(SweepExecutor gone) {
        if (sweeper == gone) {
            sweeper = null;
        }
    }

    /**
     * A sweep in a few seconds, once however often asked meanwhile: a step type a rule uses has
     * arrived (its bundle started after the engine, or its module is back), so a rule the last sweep
     * passed over as inactive is looked at again.
     */
    public void sweepSoon() {
        Trigger soon = TriggerBuilder.newTrigger()
                .withIdentity(SWEEP_SOON)
                .forJob(SWEEP)
                .startAt(Date.from(Instant.now().plus(SWEEP_SOON_DELAY)))
                .withSchedule(SimpleScheduleBuilder.simpleSchedule().withMisfireHandlingInstructionFireNow())
                .build();
        try {
            if (!scheduler.checkExists(SWEEP_SOON)) {
                scheduler.scheduleJob(soon);
            }
        } catch (ObjectAlreadyExistsException asked) {
            LOG.debug("A sweep is already due soon", asked);
        } catch (SchedulerException e) {
            LOG.error("Could not schedule a sweep for time-based triggers; the periodic one will come", e);
        }
    }

    /** A sweep at once, beside the periodic ones: what fell due while this node was down is found now. */
    private void sweepNow() {
        Trigger once = TriggerBuilder.newTrigger()
                .withIdentity("start-" + UUID.randomUUID(), SWEEP.getGroup())
                .forJob(SWEEP)
                .startNow()
                .withSchedule(SimpleScheduleBuilder.simpleSchedule().withMisfireHandlingInstructionFireNow())
                .build();
        try {
            scheduler.scheduleJob(once);
        } catch (SchedulerException e) {
            LOG.error("Could not schedule a sweep for time-based triggers; the periodic one will come", e);
        }
    }

    void sweep() {
        SweepExecutor current = sweeper;
        if (current == null) {
            LOG.info("A sweep for time-based triggers fell due while the engine is away; the one at its return catches up");
            return;
        }
        current.sweep();
    }

    static Properties properties(AutomationConfiguration configuration) {
        Properties properties = new Properties();
        properties.setProperty("org.quartz.scheduler.instanceName", "atrium");
        properties.setProperty("org.quartz.scheduler.instanceId", "AUTO");
        properties.setProperty("org.quartz.scheduler.skipUpdateCheck", "true");
        properties.setProperty("org.quartz.threadPool.class", "org.quartz.simpl.SimpleThreadPool");
        properties.setProperty("org.quartz.threadPool.threadCount", Integer.toString(Math.max(1, configuration.scheduler_threads())));
        properties.setProperty("org.quartz.threadPool.threadNamePrefix", "atrium-automation");
        properties.setProperty("org.quartz.jobStore.class", "org.quartz.impl.jdbcjobstore.JobStoreTX");
        properties.setProperty("org.quartz.jobStore.driverDelegateClass", configuration.scheduler_delegate());
        properties.setProperty("org.quartz.jobStore.dataSource", DATA_SOURCE);
        properties.setProperty("org.quartz.jobStore.tablePrefix", "ATR_AUTO_QRTZ_");
        properties.setProperty("org.quartz.jobStore.isClustered", "true");
        properties.setProperty("org.quartz.jobStore.clusterCheckinInterval", Long.toString(configuration.scheduler_checkin_interval_ms()));
        properties.setProperty("org.quartz.jobStore.acquireTriggersWithinLock", "true");
        // job data as strings, never serialised Java objects
        properties.setProperty("org.quartz.jobStore.useProperties", "true");
        properties.setProperty("org.quartz.jobStore.misfireThreshold", "60000");
        return properties;
    }

    /** Stores an attempt at a run, to be fired at {@code at} (or at once when that has passed) on one node. */
    public void schedule(String runId, int attempt, Instant at) {
        store(runId + "#" + attempt, runId, attempt, at);
    }

    /** Stores an attempt at a webhook delivery, to be fired at {@code at} (or at once when that has passed) on one node. */
    public void scheduleDelivery(String deliveryId, int attempt, Instant at) {
        store(DeliveryJob.class, DELIVERIES, deliveryId + "#" + attempt, DeliveryJob.DELIVERY_ID, deliveryId, attempt, at);
    }

    private void store(String name, String runId, int attempt, Instant at) {
        store(RunJob.class, GROUP, name, RunJob.RUN_ID, runId, attempt, at);
    }

    private void store(Class<? extends Job> type, String group, String name, String idKey, String id, int attempt, Instant at) {
        JobDetail job = JobBuilder.newJob(type)
                .withIdentity(name, group)
                .usingJobData(idKey, id)
                .usingJobData(RunJob.ATTEMPT, Integer.toString(attempt))
                .requestRecovery(true)
                .build();
        Trigger trigger = TriggerBuilder.newTrigger()
                .withIdentity(name, group)
                .startAt(Date.from(at))
                .withSchedule(SimpleScheduleBuilder.simpleSchedule().withMisfireHandlingInstructionFireNow())
                .build();
        try {
            if (!scheduler.checkExists(JobKey.jobKey(name, group))) {
                scheduler.scheduleJob(job, trigger);
            }
        } catch (SchedulerException e) {
            throw new IllegalStateException("Could not schedule " + group + " job " + id + ": " + e.getMessage(), e);
        }
    }

    void perform(String runId, int attempt) {
        RunExecutor current = executor;
        if (current == null) {
            LOG.warn("Run {} fell due while the automation engine is away; trying again in {}", runId, EXECUTOR_ABSENT_DELAY);
            Instant later = Instant.now().plus(EXECUTOR_ABSENT_DELAY);
            store(runId + "#" + attempt + "@" + later.toEpochMilli(), runId, attempt, later);
            return;
        }
        current.execute(runId, attempt).ifPresent(next -> schedule(runId, attempt + 1, next));
    }

    void deliver(String deliveryId, int attempt) {
        DeliveryExecutor current = deliveries;
        if (current == null) {
            LOG.warn("Webhook delivery {} fell due while webhooks are away; trying again in {}", deliveryId, EXECUTOR_ABSENT_DELAY);
            Instant later = Instant.now().plus(EXECUTOR_ABSENT_DELAY);
            store(DeliveryJob.class, DELIVERIES, deliveryId + "#" + attempt + "@" + later.toEpochMilli(), DeliveryJob.DELIVERY_ID,
                    deliveryId, attempt, later);
            return;
        }
        current.execute(deliveryId, attempt).ifPresent(next -> scheduleDelivery(deliveryId, attempt + 1, next));
    }

    @Deactivate
    void stop() throws SchedulerException {
        // wait for actions under way, so none is cut off mid-way (Quartz would recover it on another node)
        scheduler.shutdown(true);
        LOG.info("Automation scheduler stopped");
    }
}
