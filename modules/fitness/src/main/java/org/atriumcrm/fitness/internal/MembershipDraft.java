package org.atriumcrm.fitness.internal;

import java.time.LocalDate;

/**
 * What a client of the API sends to sell a membership.
 *
 * @param start the first valid day; today when absent
 * @param card  the number on the member's card, as the access-control system reads it
 */
public record MembershipDraft(String clientId, String planId, LocalDate start, String card) {
}
