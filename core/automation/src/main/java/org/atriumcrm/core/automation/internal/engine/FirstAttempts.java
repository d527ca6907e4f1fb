package org.atriumcrm.core.automation.internal.engine;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.atriumcrm.core.automation.internal.AutomationConfiguration;
import org.atriumcrm.core.automation.internal.scheduler.AutomationScheduler;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Makes the first attempt at runs just opened on this node, at once and in memory: the runs of one
 * occurrence are performed together, with the record read when they were opened, and recorded in one
 * transaction. This keeps the scheduler's job store (several transactions per job) out of the way of a
 * save that fires rules; the scheduler takes the retries, and the runs this node cannot attend to in
 * time: those waiting longer than half their lease (a backlog), those refused by a full queue, and
 * those left when it stops. A node that dies holding runs leaves them to {@link RunRecovery}.
 */
@Component(service = FirstAttempts.class, configurationPid = AutomationConfiguration.PID)
public class FirstAttempts {

    private static final Logger LOG = LoggerFactory.getLogger(FirstAttempts.class);
    /** Occurrences waiting for a thread; beyond that, the scheduler queues them durably */
    private static final int QUEUE = 10_000;

    private final RunPerformer performer;
    private final RunStore runs;
    private final AutomationScheduler scheduler;
    private final Duration lease;
    private final Clock clock = Clock.systemUTC();
    private final ThreadPoolExecutor threads;

    @Activate
    public FirstAttempts(@Reference RunPerformer performer, @Reference RunStore runs, @Reference AutomationScheduler scheduler,
            AutomationConfiguration configuration) {
        this.performer = performer;
        this.runs = runs;
        this.scheduler = scheduler;
        this.lease = Duration.ofSeconds(Math.max(2, configuration.run_lease_seconds()));
        int count = Math.max(1, configuration.scheduler_threads());
        AtomicInteger named = new AtomicInteger();
        this.threads = new ThreadPoolExecutor(count, count, 0, TimeUnit.MILLISECONDS, new ArrayBlockingQueue<>(QUEUE), task -> {
            Thread thread = new Thread(task, "atrium-automation-first-" + named.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    /** Until when a run opened now is held by this node for its first attempt. */
    Instant leaseFromNow() {
        return clock.instant().plus(lease);
    }

    /** Makes the first attempts at these runs, opened with {@link #leaseFromNow()}, on a thread of this node's. */
    void perform(List<OpenedRun> opened) {
        Instant due = clock.instant().plus(lease.dividedBy(2));
        try {
            threads.execute(new Occurrence(opened, due));
        } catch (RejectedExecutionException full) {
            LOG.warn("{} runs are left to the scheduler: this node has {} occurrences waiting", opened.size(), threads.getQueue().size());
            schedule(opened);
        }
    }

    /** The first attempts at the runs of one occurrence; made here only while their lease leaves time for them. */
    private final class Occurrence implements Runnable {

        private final List<OpenedRun> opened;
        private final Instant due;

        Occurrence(List<OpenedRun> opened, Instant due) {
            this.opened = opened;
            this.due = due;
        }

        @Override
        public void run() {
            if (clock.instant().isAfter(due)) {
                schedule(opened);
                return;
            }
            List<Attempt> made = new ArrayList<>(opened.size());
            try {
                for (OpenedRun run : opened) {
                    made.add(performer.attempt(run.run(), 1, run.record()));
                }
                runs.attempted(made);
            } catch (RuntimeException e) {
                // the attempts were not recorded: the scheduler makes them again, as it does a job cut off
                LOG.warn("First attempts at {} runs failed; the scheduler makes them", opened.size(), e);
                schedule(opened);
                return;
            }
            for (Attempt attempt : made) {
                if (attempt.nextAttemptAt() != null) {
                    scheduler.schedule(attempt.runId(), 2, attempt.nextAttemptAt());
                }
            }
        }
    }

    private void schedule(List<OpenedRun> opened) {
        for (OpenedRun run : opened) {
            scheduler.schedule(run.run().id(), 1, clock.instant());
        }
    }

    /** Lets the runs still waiting go, for any node to take; waits for those under way, so none is cut off mid-way. */
    @Deactivate
    void stop() throws InterruptedException {
        List<Runnable> left = new ArrayList<>();
        threads.getQueue().drainTo(left);
        threads.shutdown();
        List<String> waiting = new ArrayList<>();
        for (Runnable task : left) {
            ((Occurrence) task).opened.forEach(run -> waiting.add(run.run().id()));
        }
        try {
            runs.release(waiting);
        } catch (RuntimeException e) {
            LOG.warn("Could not let {} waiting runs go; they are taken when their lease ends", waiting.size(), e);
        }
        threads.awaitTermination(30, TimeUnit.SECONDS);
    }
}
