package org.atriumcrm.core.store.internal;

import java.math.BigDecimal;
import java.time.LocalDate;

/** An opportunity draft that passed validation (its references are checked inside the transaction). */
record NormalizedOpportunity(String clientId, String contactId, String title, String pipelineId, String stageId,
                             BigDecimal amount, String currency, Integer probability, LocalDate expectedClose,
                             String lostReason, String ownerId) {
}
