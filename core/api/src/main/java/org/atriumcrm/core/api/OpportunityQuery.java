package org.atriumcrm.core.api;

import java.util.Set;

/**
 * A page of opportunities, newest first; {@code null} filters do not filter.
 *
 * @param open {@code true} only open ones, {@code false} only closed ones
 */
public record OpportunityQuery(String clientId, String pipelineId, String stageId, String ownerId, Boolean open,
                               int limit, String after, Set<String> ownerIn) {

    public OpportunityQuery {
        ownerIn = ownerIn == null ? null : Set.copyOf(ownerIn);
    }

    /** A query of anyone's opportunities. */
    public OpportunityQuery(String clientId, String pipelineId, String stageId, String ownerId, Boolean open, int limit,
                            String after) {
        this(clientId, pipelineId, stageId, ownerId, open, limit, after, null);
    }
}
