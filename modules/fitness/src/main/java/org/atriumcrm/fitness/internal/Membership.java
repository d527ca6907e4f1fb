package org.atriumcrm.fitness.internal;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A membership as the API shows it, with its status on the day it was read.
 *
 * @param end        the last valid day, moved by freezes
 * @param visitsLeft  for a visit pack; {@code null} for a time plan
 * @param renewsId    the membership this one renews, {@code null} for a first sale
 * @param renewedById the membership that renewed this one, {@code null} while it is current
 */
public record Membership(String id, String clientId, String planId, String planName, String card, LocalDate start,
                         LocalDate end, MembershipStatus status, Integer visitsLeft, int freezeDaysLeft,
                         LocalDate frozenFrom, LocalDate frozenUntil, String renewsId, String renewedById,
                         Instant createdAt, long version) {
}
