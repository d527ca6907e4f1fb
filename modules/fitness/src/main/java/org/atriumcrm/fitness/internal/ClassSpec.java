package org.atriumcrm.fitness.internal;

import java.time.Instant;

/** A class draft that passed validation, its text stripped. */
public record ClassSpec(String title, String trainerId, Instant startsAt, int minutes, int capacity, String room) {
}
