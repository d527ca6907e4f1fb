package org.atriumcrm.fitness.internal;

/** How a plan is used up: by time only, or by a number of visits within its validity. */
public enum PlanKind {
    /** Unlimited visits between start and end (monthly, annual). */
    TIME,
    /** A pack of N visits, valid for the plan's duration. */
    VISITS
}
