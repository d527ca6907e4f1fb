package org.atriumcrm.core.store.internal.deals;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** An opportunity draft that passed validation (its references are checked inside the transaction). */
record NormalizedOpportunity(String clientId, String contactId, String title, String pipelineId, String stageId,
                             BigDecimal amount, String currency, Integer probability, LocalDate expectedClose,
                             String lostReason, String ownerId, Map<String, List<String>> customValues) {
}
