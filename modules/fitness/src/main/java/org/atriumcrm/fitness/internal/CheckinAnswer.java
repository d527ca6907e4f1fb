package org.atriumcrm.fitness.internal;

/**
 * The answer the turnstile acts on.
 *
 * @param reason       {@code null} when allowed
 * @param membershipId {@code null} for an unknown card
 * @param visitsLeft   for a visit pack, after this visit; {@code null} for a time plan or an unknown card
 */
public record CheckinAnswer(Decision decision, DenialReason reason, String membershipId, String clientId, Integer visitsLeft) {
}
