package org.atriumcrm.fitness.internal;

import java.time.Instant;

/** A client's booking of a class as the API shows it; the version is its ETag. */
public record Booking(String id, String classId, String clientId, BookingStatus status, Instant bookedAt, long version) {
}
