package org.atriumcrm.core.mail.internal.inbox;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Properties;
import java.util.Set;

import javax.mail.MessagingException;
import javax.sql.DataSource;

import org.atriumcrm.core.mail.internal.MailConfiguration;
import org.atriumcrm.core.mail.internal.MailSchema;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.JobExecutionContext;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.SimpleScheduleBuilder;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.quartz.impl.StdSchedulerFactory;
import org.quartz.utils.ConnectionProvider;
import org.quartz.utils.DBConnectionManager;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads the shared mailbox every {@code imap.poll.interval.seconds} on a Quartz scheduler of its own
 * ({@code atrium-mail}, job store {@code atr_mail_qrtz_*} in the Atrium database), clustered and with
 * readings never concurrent, so of several nodes one reads at a time. No {@code imap.host}: no scheduler
 * runs on this node.
 */
@Component(service = MailboxScheduler.class, immediate = true, configurationPid = MailConfiguration.PID)
public class MailboxScheduler {

    private static final Logger LOG = LoggerFactory.getLogger(MailboxScheduler.class);
    private static final String DATA_SOURCE = "atrium-mail";
    private static final String NAME = "read-mailbox";
    private static final String GROUP = "mailbox";

    private final Scheduler scheduler;
    private final MailboxReader reader;

    @Activate
    public MailboxScheduler(@Reference MailSchema schema, @Reference InboxStore store, @Reference InboundFiling filing,
            @Reference(target = "(osgi.jndi.service.name=atrium)") DataSource dataSource, MailConfiguration configuration)
            throws SchedulerException {
        this.reader = new MailboxReader(configuration, store, filing);
        if (configuration.imap_host() == null || configuration.imap_host().isBlank()) {
            scheduler = null;
            LOG.info("No imap.host: the shared mailbox is not read");
            return;
        }
        DBConnectionManager.getInstance().addConnectionProvider(DATA_SOURCE, new Connections(dataSource));
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(MailboxScheduler.class.getClassLoader());
        try {
            scheduler = new StdSchedulerFactory(properties()).getScheduler();
            scheduler.setJobFactory((bundle, owner) -> new ReadMailbox(this));
            JobDetail job = JobBuilder.newJob(ReadMailbox.class).withIdentity(NAME, GROUP).storeDurably().build();
            Trigger trigger = TriggerBuilder.newTrigger().withIdentity(NAME, GROUP).forJob(job).startNow()
                    .withSchedule(SimpleScheduleBuilder.simpleSchedule()
                            .withIntervalInSeconds(Math.max(1, configuration.imap_poll_interval_seconds())).repeatForever()
                            // a reading missed while Atrium was down is not made up for: the next one reads it all
                            .withMisfireHandlingInstructionNextWithRemainingCount())
                    .build();
            // replaced on every start, so a changed interval takes effect
            scheduler.scheduleJob(job, Set.of(trigger), true);
            scheduler.start();
        } finally {
            thread.setContextClassLoader(previous);
        }
        LOG.info("Reading the mailbox {} every {} s", reader.name(), configuration.imap_poll_interval_seconds());
    }

    private static Properties properties() {
        Properties properties = new Properties();
        properties.setProperty("org.quartz.scheduler.instanceName", "atrium-mail");
        properties.setProperty("org.quartz.scheduler.instanceId", "AUTO");
        properties.setProperty("org.quartz.scheduler.skipUpdateCheck", "true");
        properties.setProperty("org.quartz.threadPool.class", "org.quartz.simpl.SimpleThreadPool");
        properties.setProperty("org.quartz.threadPool.threadCount", "1");
        properties.setProperty("org.quartz.threadPool.threadNamePrefix", "atrium-mailbox");
        properties.setProperty("org.quartz.jobStore.class", "org.quartz.impl.jdbcjobstore.JobStoreTX");
        properties.setProperty("org.quartz.jobStore.driverDelegateClass", "org.quartz.impl.jdbcjobstore.StdJDBCDelegate");
        properties.setProperty("org.quartz.jobStore.dataSource", DATA_SOURCE);
        properties.setProperty("org.quartz.jobStore.tablePrefix", "ATR_MAIL_QRTZ_");
        properties.setProperty("org.quartz.jobStore.isClustered", "true");
        properties.setProperty("org.quartz.jobStore.acquireTriggersWithinLock", "true");
        properties.setProperty("org.quartz.jobStore.useProperties", "true");
        properties.setProperty("org.quartz.jobStore.misfireThreshold", "60000");
        return properties;
    }

    void readMailbox() {
        try {
            int filed = reader.read();
            if (filed > 0) {
                LOG.info("Filed {} message(s) of {}", filed, reader.name());
            }
        } catch (MessagingException e) {
            LOG.warn("The mailbox {} could not be read; trying again at the next reading: {}", reader.name(), e.getMessage());
        } catch (RuntimeException e) {
            LOG.error("Reading the mailbox {} failed; trying again at the next reading", reader.name(), e);
        }
    }

    @Deactivate
    void stop() throws SchedulerException {
        if (scheduler != null) {
            // a reading under way ends first: its messages are claimed one by one, none is cut off half-filed
            scheduler.shutdown(true);
        }
    }

    /** One reading of the mailbox; never two at once, also across nodes. */
    @DisallowConcurrentExecution
    public static final class ReadMailbox implements Job {

        private final MailboxScheduler owner;

        ReadMailbox(MailboxScheduler owner) {
            this.owner = owner;
        }

        @Override
        public void execute(JobExecutionContext context) {
            owner.readMailbox();
        }
    }

    /** Hands Quartz the connections of the Atrium data source (the pool belongs to pax-jdbc). */
    private record Connections(DataSource dataSource) implements ConnectionProvider {

        @Override
        public Connection getConnection() throws SQLException {
            return dataSource.getConnection();
        }

        @Override
        public void shutdown() {
            // the pool outlives the scheduler
        }

        @Override
        public void initialize() {
            // ready when the component activates
        }
    }
}
