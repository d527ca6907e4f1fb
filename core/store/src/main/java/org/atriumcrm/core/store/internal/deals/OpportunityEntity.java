package org.atriumcrm.core.store.internal.deals;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Map;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.Table;

import org.atriumcrm.core.api.Opportunity;
import org.atriumcrm.core.api.StageOutcome;
import org.atriumcrm.core.store.internal.support.Times;
import org.atriumcrm.core.store.internal.support.TrackedEntity;

/** Storage form of an {@link Opportunity}; its client, pipeline and stage by id. */
@Entity
@Table(name = "atr_opportunity")
public class OpportunityEntity extends TrackedEntity {

    @Column(name = "client_id", nullable = false, length = 36)
    private String clientId;

    @Column(name = "contact_id", length = 36)
    private String contactId;

    @Column(name = "title", nullable = false, length = 200)
    private String title;

    @Column(name = "pipeline_id", nullable = false, length = 36)
    private String pipelineId;

    @Column(name = "stage_id", nullable = false, length = 36)
    private String stageId;

    @Enumerated(EnumType.STRING)
    @Column(name = "outcome", nullable = false, length = 10)
    private StageOutcome outcome;

    @Column(name = "amount", precision = 19, scale = 4)
    private BigDecimal amount;

    @Column(name = "currency", length = 3)
    private String currency;

    @Column(name = "probability", nullable = false)
    private int probability;

    @Column(name = "expected_close")
    private LocalDate expectedClose;

    @Column(name = "lost_reason", length = 500)
    private String lostReason;

    @Column(name = "owner_id", length = 64)
    private String ownerId;

    @Column(name = "closed_at")
    private LocalDateTime closedAt;

    /** When it entered its current stage: the time of its last stage change, on an index for time-based automation */
    @Column(name = "stage_entered_at")
    private LocalDateTime stageEnteredAt;

    protected OpportunityEntity() {
        // for JPA
    }

    OpportunityEntity(String id, LocalDateTime now) {
        super(id, now);
    }

    public String clientId() {
        return clientId;
    }

    String stageId() {
        return stageId;
    }

    void enteredStage(LocalDateTime at) {
        stageEnteredAt = at;
    }

    /** Takes validated values; the stage decides the outcome and whether the deal is closed. */
    void apply(NormalizedOpportunity values, StageEntity stage, LocalDateTime now) {
        clientId = values.clientId();
        contactId = values.contactId();
        title = values.title();
        pipelineId = values.pipelineId();
        amount = values.amount();
        currency = values.currency();
        expectedClose = values.expectedClose();
        ownerId = values.ownerId();
        moveTo(stage, values.probability(), values.lostReason(), now);
        touch(now);
    }

    void moveTo(StageEntity stage, Integer probabilityOrNull, String reason, LocalDateTime now) {
        boolean wasClosed = outcome != null && outcome != StageOutcome.OPEN;
        stageId = stage.id();
        outcome = stage.outcome();
        probability = probabilityOrNull != null ? probabilityOrNull : stage.probability();
        lostReason = outcome == StageOutcome.LOST ? reason : null;
        if (outcome == StageOutcome.OPEN) {
            closedAt = null;
        } else if (!wasClosed) {
            closedAt = now;
        }
        touch(now);
    }

    public String pipelineId() {
        return pipelineId;
    }

    public String title() {
        return title;
    }

    Opportunity toOpportunity(Map<String, Object> customFields) {
        return new Opportunity(id(), clientId, contactId, title, pipelineId, stageId, outcome, amount, currency,
                probability, expectedClose, lostReason, ownerId, Times.instant(closedAt), Times.instant(createdAt()),
                Times.instant(updatedAt()), version(), customFields);
    }
}
