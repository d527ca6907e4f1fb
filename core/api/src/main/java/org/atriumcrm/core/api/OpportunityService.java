package org.atriumcrm.core.api;

import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

import org.osgi.annotation.versioning.ProviderType;

/** Opportunities and their stage history; every stage move is recorded and posted as an event. */
@ProviderType
public interface OpportunityService {

    String RECORD_TYPE = "opportunity";

    /** @throws ValidationException when the client, pipeline, stage or a value is invalid */
    Opportunity create(OpportunityDraft draft);

    Optional<Opportunity> get(String id);

    /**
     * Replaces the opportunity; a different stage is a stage move.
     *
     * @throws RecordNotFoundException  when there is no such opportunity
     * @throws VersionConflictException when it changed since {@code expectedVersion}
     */
    Opportunity update(String id, OpportunityDraft draft, OptionalLong expectedVersion);

    /**
     * Moves to another stage of the same pipeline.
     *
     * @param lostReason required when the stage is a lost one
     */
    Opportunity moveToStage(String id, String stageId, String lostReason, OptionalLong expectedVersion);

    void delete(String id, OptionalLong expectedVersion);

    Page<Opportunity> find(OpportunityQuery query);

    /** Every stage the opportunity went through, oldest first. */
    List<StageChange> stageHistory(String id);
}
