package org.atriumcrm.fitness.internal;

import java.time.LocalDate;

/**
 * One trainer's work in one week (Monday to Sunday, club days).
 *
 * @param week     ISO week, {@code 2026-W47}
 * @param booked   places booked on the week's classes (attended and no-shows included)
 * @param attended bookings marked attended
 */
public record TrainerLoad(String trainerId, String week, LocalDate weekStart, int classes, int minutes, int booked, int attended) {
}
