package org.atriumcrm.fitness.internal;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.metatype.annotations.Designate;

/** The module's configuration as it is now; a change applies to the next check-in or run without a restart. */
@Component(service = FitnessSettings.class, configurationPid = FitnessConfiguration.PID)
@Designate(ocd = FitnessConfiguration.class)
public class FitnessSettings {

    private volatile FitnessConfiguration configuration;

    @Activate
    public FitnessSettings(FitnessConfiguration configuration) {
        this.configuration = configuration;
    }

    @Modified
    void modified(FitnessConfiguration changed) {
        this.configuration = changed;
    }

    StageThresholds thresholds() {
        FitnessConfiguration now = configuration;
        return new StageThresholds(now.adaptation_days(), now.expiring_days(), now.recent_days(), now.baseline_weeks(),
                now.declining_ratio(), now.declining_min_usual_per_week());
    }

    long dailyPeriodMinutes() {
        return Math.max(1, configuration.daily_period_minutes());
    }

    int expiryNoticeDays() {
        return Math.max(0, configuration.expiry_notice_days());
    }

    int noVisitMaxDays() {
        return Math.max(0, configuration.no_visit_max_days());
    }

    int packLowVisits() {
        return configuration.pack_low_visits();
    }

    int checkinMaxAgeDays() {
        return Math.max(0, configuration.checkin_max_age_days());
    }
}
