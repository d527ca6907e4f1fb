package org.atriumcrm.core.automation.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;

/**
 * The time as the automation engine sees it: when a deal has sat in its stage long enough, which day
 * a date is reached, when a task it creates is due. The system's clock, moved ahead by
 * {@code clock.offset.days} so a test can say "a week later" to a running Atrium; never moved in
 * production. Read at every use: a changed offset counts from the next sweep.
 */
@Component(service = EngineClock.class, configurationPid = AutomationConfiguration.PID)
public class EngineClock extends Clock {

    private volatile Clock clock = Clock.systemDefaultZone();

    @Activate
    @Modified
    void configure(AutomationConfiguration configuration) {
        clock = Clock.offset(Clock.systemDefaultZone(), Duration.ofDays(configuration.clock_offset_days()));
    }

    @Override
    public ZoneId getZone() {
        return clock.getZone();
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return clock.withZone(zone);
    }

    @Override
    public Instant instant() {
        return clock.instant();
    }
}
