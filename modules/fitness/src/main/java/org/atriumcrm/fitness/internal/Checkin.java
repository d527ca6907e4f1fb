package org.atriumcrm.fitness.internal;

import java.time.Instant;

/** One recorded check-in attempt, allowed or denied. */
public record Checkin(String id, String requestId, String card, Instant at, Decision decision, DenialReason reason,
                      String membershipId, String clientId, Integer visitsLeft) {
}
