package org.atriumcrm.fitness.internal;

/** Body of {@code PUT /api/fitness/bookings/{id}/attendance}: whether the client came. */
public record AttendanceRequest(Boolean attended) {
}
