package org.atriumcrm.core.automation.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** {@code etc/org.atriumcrm.automation.cfg}: the scheduler, the sweep of time-based triggers, the retries of failed actions, and outgoing webhooks. */
@ObjectClassDefinition(name = "Atrium automation", description = "Workflow rules and their scheduler")
public @interface AutomationConfiguration {

    String PID = "org.atriumcrm.automation";

    @AttributeDefinition(description = "Threads running rules' actions on this node")
    int scheduler_threads() default 2;

    @AttributeDefinition(description = "Seconds a node holds a run its event opened for the first attempt it makes at once; "
            + "a run still queued after that (its node died) is taken by another node")
    long run_lease_seconds() default 600;

    @AttributeDefinition(description = "Seconds between two looks of a node for runs left queued by a node that died or stopped")
    long run_recovery_interval_seconds() default 60;

    @AttributeDefinition(description = "How often a node of the cluster tells the others it is alive, in milliseconds")
    long scheduler_checkin_interval_ms() default 15000;

    @AttributeDefinition(description = "Quartz driver delegate of the database: StdJDBCDelegate for Derby, PostgreSQLDelegate for PostgreSQL")
    String scheduler_delegate() default "org.quartz.impl.jdbcjobstore.StdJDBCDelegate";

    @AttributeDefinition(description = "Minutes between two sweeps for time-based triggers (a deal left in its stage, a date reached); one also runs at start")
    long sweep_interval_minutes() default 1440;

    @AttributeDefinition(description = "Days back a sweep still fires a date reached, when Atrium was down on the day")
    int sweep_catch_up_days() default 7;

    @AttributeDefinition(description = "Days a deal may sit in any stage before \"what to do now\" lists it as stuck (by the engine's clock)")
    int next_actions_stuck_days() default 7;

    @AttributeDefinition(description = "For tests only: days the automation engine's clock runs ahead of the real one")
    long clock_offset_days() default 0;

    @AttributeDefinition(description = "How many times an action is tried before its run is marked failed")
    int retry_max_attempts() default 5;

    @AttributeDefinition(description = "Seconds before the first retry of a failed action; each further retry waits twice as long")
    long retry_first_delay_seconds() default 30;

    @AttributeDefinition(description = "Whether webhooks may call plain http:// addresses (tests, an intranet); otherwise https only")
    boolean webhook_allow_http() default false;

    @AttributeDefinition(description = "Seconds a webhook delivery waits to connect to the receiver")
    int webhook_connect_timeout_seconds() default 5;

    @AttributeDefinition(description = "Seconds a webhook delivery waits for the receiver's answer once connected")
    int webhook_read_timeout_seconds() default 10;

    @AttributeDefinition(description = "Seconds before the first retry of a failed webhook delivery; each further retry waits twice as long")
    long webhook_retry_first_delay_seconds() default 30;

    @AttributeDefinition(description = "The longest wait between two attempts of a webhook delivery, in seconds")
    long webhook_retry_max_delay_seconds() default 3600;

    @AttributeDefinition(description = "Hours after its event a webhook delivery is still retried")
    long webhook_retry_window_hours() default 24;

    @AttributeDefinition(description = "Failed attempts in a row (over all its deliveries) that disable a webhook")
    int webhook_disable_after_failures() default 20;

    @AttributeDefinition(description = "Web form submissions one address may send per minute (a burst of as many, then that rate)")
    int form_rate_per_address_per_minute() default 5;

    @AttributeDefinition(description = "Submissions one web form takes per minute from all addresses together")
    int form_rate_per_form_per_minute() default 60;

    @AttributeDefinition(description = "The largest web form submission, in bytes")
    int form_max_body_bytes() default 16384;

    @AttributeDefinition(description = "Addresses of reverse proxies whose X-Forwarded-For names the sender of a web form, comma-separated; empty: none")
    String form_trusted_proxies() default "";

    @AttributeDefinition(description = "This installation's public address, the start of the address web form snippets post to; empty: the address the admin called")
    String form_public_url() default "";
}
