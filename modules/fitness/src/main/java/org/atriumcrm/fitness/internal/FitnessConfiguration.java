package org.atriumcrm.fitness.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * Settings of the fitness module, PID {@value #PID} ({@code etc/org.atriumcrm.fitness.cfg});
 * every value has its default here, so the file is needed only to change one.
 */
@ObjectClassDefinition(name = "Atrium CRM fitness", description = "Lifecycle stages, reminders and check-ins of the fitness module")
@interface FitnessConfiguration {

    String PID = "org.atriumcrm.fitness";

    @AttributeDefinition(name = "Adaptation days", description = "A member is in adaptation this many days from their first membership's start")
    int adaptation_days() default 30;

    @AttributeDefinition(name = "Expiring days", description = "A member is expiring when their membership ends within this many days")
    int expiring_days() default 30;

    @AttributeDefinition(name = "Recent days", description = "The window of recent visits compared with the member's usual frequency")
    int recent_days() default 21;

    @AttributeDefinition(name = "Usual weeks", description = "How many weeks before the recent window make up the member's usual frequency")
    int baseline_weeks() default 12;

    @AttributeDefinition(name = "Declining ratio",
            description = "Declining when recent visits per week fall below this share of the usual ones (0.5 = half)")
    double declining_ratio() default 0.5;

    @AttributeDefinition(name = "Least usual visits per week",
            description = "Members who usually train less often than this are never called declining")
    double declining_min_usual_per_week() default 1.0;

    @AttributeDefinition(name = "Daily run period", description = "Minutes between two daily runs (stages, expiry and no-visit events)")
    long daily_period_minutes() default 1440;

    @AttributeDefinition(name = "Expiry notice days",
            description = "The daily run announces each membership ending within this many days, once a day")
    int expiry_notice_days() default 30;

    @AttributeDefinition(name = "No-visit days", description = "The daily run announces members who have not come for 1 to this many days")
    int no_visit_max_days() default 60;

    @AttributeDefinition(name = "Low pack balance", description = "A pack visit leaving this many visits or fewer is announced")
    int pack_low_visits() default 3;

    @AttributeDefinition(name = "Offline check-in age",
            description = "Days back a check-in buffered by the access-control system while offline may be dated")
    int checkin_max_age_days() default 120;
}
