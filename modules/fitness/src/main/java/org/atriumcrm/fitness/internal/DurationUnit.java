package org.atriumcrm.fitness.internal;

/** The unit of a plan's duration; an annual plan is 12 months. */
public enum DurationUnit {
    DAYS, MONTHS
}
