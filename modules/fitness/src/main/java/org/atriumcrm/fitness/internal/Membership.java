package org.atriumcrm.fitness.internal;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A membership as the API shows it, with its status on the day it was read.
 *
 * @param end        the last valid day, moved by freezes
 * @param visitsLeft for a visit pack; {@code null} for a time plan
 */
public record Membership(String id, String clientId, String planId, String planName, String card, LocalDate start,
                         LocalDate end, MembershipStatus status, Integer visitsLeft, int freezeDaysLeft,
                         LocalDate frozenFrom, LocalDate frozenUntil, Instant createdAt, long version) {
}
