package org.atriumcrm.fitness.internal;

/** Body of {@code POST /api/fitness/memberships/{id}/freeze}. */
public record FreezeRequest(Integer days) {
}
