package org.atriumcrm.core.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

/**
 * A possible sale to a client, moving through the stages of a pipeline.
 *
 * @param amount   expected value, in {@code currency} (ISO 4217)
 * @param closedAt when it reached a won or lost stage, {@code null} while open
 */
public record Opportunity(
        String id,
        String clientId,
        String contactId,
        String title,
        String pipelineId,
        String stageId,
        StageOutcome outcome,
        BigDecimal amount,
        String currency,
        int probability,
        LocalDate expectedClose,
        String lostReason,
        String ownerId,
        Instant closedAt,
        Instant createdAt,
        Instant updatedAt,
        long version,
        Map<String, Object> customFields) {

    public Opportunity {
        customFields = Lists.copyOrEmpty(customFields);
    }
}
