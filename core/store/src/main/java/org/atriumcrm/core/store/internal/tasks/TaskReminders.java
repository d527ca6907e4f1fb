package org.atriumcrm.core.store.internal.tasks;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import javax.transaction.TransactionSynchronizationRegistry;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.atriumcrm.core.event.TaskEvents;
import org.atriumcrm.core.store.internal.clients.JpaClientService;
import org.atriumcrm.core.store.internal.schema.CoreSchema;
import org.atriumcrm.core.store.internal.support.AfterCommitEvents;
import org.atriumcrm.core.store.internal.support.CoreConfiguration;
import org.atriumcrm.core.store.internal.support.Records;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.event.EventAdmin;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Posts {@code atrium/task/DUE} once for each open task whose reminder time has come; channels and
 * the automation engine turn it into a notification. Looks every {@code task.reminder.period.seconds}.
 */
@Component(immediate = true, configurationPid = CoreConfiguration.PID)
public class TaskReminders {

    private static final Logger LOG = LoggerFactory.getLogger(TaskReminders.class);
    private static final int BATCH = 500;

    private final JpaTemplate jpa;
    private final AfterCommitEvents events;
    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "atrium-task-reminders");
        thread.setDaemon(true);
        return thread;
    });

    @Activate
    public TaskReminders(@Reference(target = JpaClientService.UNIT_FILTER) JpaTemplate jpa,
                         @Reference CoreSchema schema,
                         @Reference EventAdmin eventAdmin,
                         @Reference TransactionSynchronizationRegistry transactions,
                         CoreConfiguration configuration) {
        this.jpa = jpa;
        this.events = new AfterCommitEvents(eventAdmin, transactions);
        long period = Math.max(1, configuration.task_reminder_period_seconds());
        scheduler.scheduleWithFixedDelay(this::sendDue, period, period, TimeUnit.SECONDS);
    }

    @Deactivate
    void stop() {
        scheduler.shutdownNow();
    }

    /** Marks and announces the reminders that are due, in batches, each in its own transaction. */
    void sendDue() {
        try {
            int sent;
            do {
                sent = jpa.txExpr(TransactionType.Required, em -> {
                    List<TaskEntity> due = em.createQuery("SELECT t FROM TaskEntity t WHERE t.open = 1 "
                                    + "AND t.remindAt <= :now AND t.remindedAt IS NULL ORDER BY t.remindAt", TaskEntity.class)
                            .setParameter("now", Records.now()).setMaxResults(BATCH).getResultList();
                    if (due.isEmpty()) {
                        return 0;
                    }
                    // a bulk update leaves the tasks' versions alone: a reminder is no edit to conflict with
                    em.createQuery("UPDATE TaskEntity t SET t.remindedAt = :now WHERE t.id IN :ids")
                            .setParameter("now", Records.now())
                            .setParameter("ids", due.stream().map(TaskEntity::id).toList()).executeUpdate();
                    for (TaskEntity task : due) {
                        Map<String, Object> properties = new HashMap<>();
                        properties.put(TaskEvents.PROP_TASK_ID, task.id());
                        if (task.assigneeId() != null) {
                            properties.put(TaskEvents.PROP_ASSIGNEE_ID, task.assigneeId());
                        }
                        events.post(TaskEvents.DUE, properties);
                    }
                    return due.size();
                });
            } while (sent == BATCH);
        } catch (RuntimeException e) {
            LOG.warn("Could not send task reminders; trying again at the next look", e);
        }
    }
}
