package org.atriumcrm.core.automation.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** {@code etc/org.atriumcrm.automation.cfg}: the scheduler and the retries of failed actions. */
@ObjectClassDefinition(name = "Atrium automation", description = "Workflow rules and their scheduler")
public @interface AutomationConfiguration {

    String PID = "org.atriumcrm.automation";

    @AttributeDefinition(description = "Threads running rules' actions on this node")
    int scheduler_threads() default 2;

    @AttributeDefinition(description = "How often a node of the cluster tells the others it is alive, in milliseconds")
    long scheduler_checkin_interval_ms() default 15000;

    @AttributeDefinition(description = "Quartz driver delegate of the database: StdJDBCDelegate for Derby, PostgreSQLDelegate for PostgreSQL")
    String scheduler_delegate() default "org.quartz.impl.jdbcjobstore.StdJDBCDelegate";

    @AttributeDefinition(description = "How many times an action is tried before its run is marked failed")
    int retry_max_attempts() default 5;

    @AttributeDefinition(description = "Seconds before the first retry of a failed action; each further retry waits twice as long")
    long retry_first_delay_seconds() default 30;
}
