package org.atriumcrm.fitness.internal;

/** The answer to a check-in. */
public enum Decision {
    ALLOW, DENY
}
