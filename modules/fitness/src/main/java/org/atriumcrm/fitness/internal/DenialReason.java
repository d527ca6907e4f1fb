package org.atriumcrm.fitness.internal;

/** Why the turnstile stays closed. */
public enum DenialReason {
    UNKNOWN_CARD, NOT_STARTED, EXPIRED, FROZEN, NO_VISITS_LEFT
}
