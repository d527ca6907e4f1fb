package org.atriumcrm.fitness.internal;

/** Body of {@code POST /api/fitness/classes/{id}/bookings}. */
public record BookingDraft(String clientId) {
}
