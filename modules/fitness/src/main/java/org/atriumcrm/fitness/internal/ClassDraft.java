package org.atriumcrm.fitness.internal;

import java.time.Instant;

/**
 * What a client of the API sends to schedule or change a class.
 *
 * @param minutes  how long it lasts
 * @param capacity places; bookings past it are refused
 * @param room     optional
 */
public record ClassDraft(String title, String trainerId, Instant startsAt, Integer minutes, Integer capacity, String room) {
}
