package org.atriumcrm.core.api;

/**
 * A page of opportunities, newest first; {@code null} filters do not filter.
 *
 * @param open {@code true} only open ones, {@code false} only closed ones
 */
public record OpportunityQuery(String clientId, String pipelineId, String stageId, String ownerId, Boolean open,
                               int limit, String after) {
}
