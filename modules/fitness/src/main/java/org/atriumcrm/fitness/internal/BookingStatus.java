package org.atriumcrm.fitness.internal;

/** Where a booking stands; only {@code BOOKED}, {@code ATTENDED} and {@code NO_SHOW} hold a place. */
public enum BookingStatus {
    BOOKED, ATTENDED, NO_SHOW, CANCELLED
}
