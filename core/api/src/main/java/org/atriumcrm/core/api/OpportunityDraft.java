package org.atriumcrm.core.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

/**
 * What a user submits to create or replace an opportunity. A missing pipeline means the first
 * pipeline, a missing stage its first stage, a missing probability the stage's.
 *
 * @param lostReason required when the stage is a lost one
 */
public record OpportunityDraft(
        String clientId,
        String contactId,
        String title,
        String pipelineId,
        String stageId,
        BigDecimal amount,
        String currency,
        Integer probability,
        LocalDate expectedClose,
        String lostReason,
        String ownerId,
        Map<String, Object> customFields) {

    public OpportunityDraft {
        customFields = Lists.copyOrEmpty(customFields);
    }

    /** This draft with another owner. */
    public OpportunityDraft withOwnerId(String owner) {
        return new OpportunityDraft(clientId, contactId, title, pipelineId, stageId, amount, currency, probability,
                expectedClose, lostReason, owner, customFields);
    }
}
