package org.atriumcrm.fitness.internal;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A member's lifecycle stage as the API shows it.
 *
 * @param since       the day the member entered the stage
 * @param lastVisitAt {@code null} before the first visit
 */
public record MemberStage(String clientId, LifecycleStage stage, LocalDate since, Instant lastVisitAt) {
}
