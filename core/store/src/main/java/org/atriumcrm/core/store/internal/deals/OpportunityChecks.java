package org.atriumcrm.core.store.internal.deals;

import org.atriumcrm.core.api.FieldError;
import java.util.Map;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;
import java.util.Locale;

import javax.persistence.EntityManager;

import org.atriumcrm.core.api.CustomField;
import org.atriumcrm.core.api.OpportunityDraft;
import org.atriumcrm.core.api.RecordKind;
import org.atriumcrm.core.api.StageOutcome;
import org.atriumcrm.core.api.ValidationException;
import org.atriumcrm.core.store.internal.fields.CustomValues;
import org.atriumcrm.core.store.internal.support.FieldChecks;

/** Checks an opportunity draft's values, then (in the transaction) what it refers to. */
final class OpportunityChecks {

    private static final int AMOUNT_SCALE = 4;
    private static final int AMOUNT_PRECISION = 19;

    private OpportunityChecks() {
    }

    /** @param customFields the custom fields defined for opportunities */
    static NormalizedOpportunity validate(OpportunityDraft draft, List<CustomField> customFields) {
        FieldChecks checks = new FieldChecks();
        String clientId = checks.required("clientId", draft.clientId(), 36);
        String title = checks.required("title", draft.title(), 200);
        BigDecimal amount = draft.amount();
        if (amount != null && (amount.signum() < 0 || amount.scale() > AMOUNT_SCALE
                || amount.precision() - amount.scale() > AMOUNT_PRECISION - AMOUNT_SCALE)) {
            checks.add("amount", "invalid_amount", Map.of("scale", AMOUNT_SCALE), "must be zero or more, with at most " + AMOUNT_SCALE + " decimals");
        }
        String currency = FieldChecks.trimmed(draft.currency());
        if (currency != null) {
            currency = currency.toUpperCase(Locale.ROOT);
            try {
                Currency.getInstance(currency);
            } catch (IllegalArgumentException e) {
                checks.add("currency", "invalid_currency", "must be an ISO 4217 code such as RUB, EUR or USD");
            }
        } else if (amount != null) {
            checks.add("currency", "currency_required", "is required with an amount");
        }
        Integer probability = draft.probability();
        if (probability != null && (probability < 0 || probability > 100)) {
            checks.add("probability", FieldError.OUT_OF_RANGE, Map.of("min", 0, "max", 100), "must be from 0 to 100");
        }
        NormalizedOpportunity valid = new NormalizedOpportunity(clientId, FieldChecks.trimmed(draft.contactId()), title,
                FieldChecks.trimmed(draft.pipelineId()), FieldChecks.trimmed(draft.stageId()), amount, currency,
                probability, draft.expectedClose(), checks.text("lostReason", draft.lostReason(), 500),
                checks.text("ownerId", draft.ownerId(), 64),
                CustomValues.check(checks, draft.customFields(), customFields, RecordKind.OPPORTUNITY));
        checks.throwIfAny();
        return valid;
    }

    /** The pipeline named, or the first one, checked to exist. */
    static PipelineEntity pipeline(EntityManager em, String pipelineId) {
        if (pipelineId != null) {
            PipelineEntity pipeline = em.find(PipelineEntity.class, pipelineId);
            if (pipeline == null) {
                throw ValidationException.of("pipelineId", "is not a pipeline");
            }
            return pipeline;
        }
        return em.createQuery("SELECT p FROM PipelineEntity p ORDER BY p.name, p.id", PipelineEntity.class)
                .setMaxResults(1).getResultList().stream().findFirst()
                .orElseThrow(() -> ValidationException.of("pipelineId", "is required: there is no pipeline yet"));
    }

    /** The stage named (of that pipeline), or its first; a lost stage needs a reason. */
    static StageEntity stage(PipelineEntity pipeline, String stageId, String lostReason) {
        StageEntity stage = stageId == null ? pipeline.firstStage()
                : pipeline.stage(stageId).orElseThrow(() -> ValidationException.of("stageId", "is not a stage of pipeline " + pipeline.id()));
        if (stage.outcome() == StageOutcome.LOST && lostReason == null) {
            throw ValidationException.of("lostReason", "is required when the opportunity is lost");
        }
        return stage;
    }
}
