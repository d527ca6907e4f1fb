package org.atriumcrm.core.automation.internal.engine;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.atriumcrm.core.automation.internal.AutomationConfiguration;
import org.atriumcrm.core.automation.internal.scheduler.AutomationScheduler;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Looks, on every node, for runs still queued when their lease is over (the node that opened them died
 * before their first attempt, or let them go when it stopped) and hands each to the scheduler, once:
 * taking a run renews its lease only where it is still over, so of two nodes looking one takes it.
 */
@Component(immediate = true, configurationPid = AutomationConfiguration.PID)
public class RunRecovery {

    private static final Logger LOG = LoggerFactory.getLogger(RunRecovery.class);
    private static final int PAGE = 100;

    private final RunStore runs;
    private final AutomationScheduler scheduler;
    private final Duration lease;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "atrium-automation-recovery");
        thread.setDaemon(true);
        return thread;
    });

    @Activate
    public RunRecovery(@Reference RunStore runs, @Reference AutomationScheduler scheduler, AutomationConfiguration configuration) {
        this.runs = runs;
        this.scheduler = scheduler;
        this.lease = Duration.ofSeconds(Math.max(2, configuration.run_lease_seconds()));
        long interval = Math.max(1, configuration.run_recovery_interval_seconds());
        timer.scheduleWithFixedDelay(this::recover, 0, interval, TimeUnit.SECONDS);
    }

    void recover() {
        try {
            int taken = 0;
            List<String> page;
            do {
                page = runs.unattended(PAGE);
                for (String runId : page) {
                    if (runs.take(runId, Instant.now().plus(lease))) {
                        scheduler.schedule(runId, 1, Instant.now());
                        taken++;
                    }
                }
            } while (page.size() == PAGE);
            if (taken > 0) {
                LOG.info("Took {} runs left queued by a node that stopped or died", taken);
            }
        } catch (RuntimeException e) {
            LOG.warn("Looking for runs left queued failed; looking again later", e);
        }
    }

    @Deactivate
    void stop() {
        timer.shutdownNow();
    }
}
