package org.atriumcrm.fitness.internal;

import java.time.Instant;

/**
 * A scheduled class as the API shows it.
 *
 * @param booked     places taken by bookings not cancelled
 * @param placesLeft {@code capacity - booked}
 */
public record FitnessClass(String id, String title, String trainerId, Instant startsAt, int minutes, int capacity, int booked,
                           int placesLeft, String room, Instant createdAt, long version) {
}
