package org.atriumcrm.core.api;

import java.time.Instant;

/**
 * One move of an opportunity between stages.
 *
 * @param fromStageId {@code null} for the stage it was created in
 */
public record StageChange(String id, String opportunityId, String clientId, String fromStageId, String toStageId,
                          String toStageName, Instant at, String by) {
}
