package org.atriumcrm.core.calendar.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** {@code etc/org.atriumcrm.calendar.cfg}: how often the public feed address answers one remote address. */
@ObjectClassDefinition(name = "Atrium calendar feeds", description = "Each user's tasks and meetings as an iCalendar feed")
public @interface CalendarConfiguration {

    String PID = "org.atriumcrm.calendar";

    @AttributeDefinition(description = "Feed requests one remote address may make per minute")
    int feed_rate_per_minute() default 30;
}
