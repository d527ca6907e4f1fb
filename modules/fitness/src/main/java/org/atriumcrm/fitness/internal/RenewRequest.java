package org.atriumcrm.fitness.internal;

/**
 * Body of {@code POST /api/fitness/memberships/{id}/renew}; may be empty.
 *
 * @param planId the plan of the renewal; the renewed membership's plan when absent
 */
public record RenewRequest(String planId) {
}
