package org.atriumcrm.core.store.internal.deals;

import java.time.LocalDateTime;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

import org.atriumcrm.core.api.StageChange;
import org.atriumcrm.core.store.internal.support.Identified;
import org.atriumcrm.core.store.internal.support.Records;
import org.atriumcrm.core.store.internal.support.Times;

/** One move of an opportunity between stages; written once, never changed. */
@Entity
@Table(name = "atr_stage_change")
public class StageChangeEntity implements Identified {

    @Id
    @Column(name = "id", length = 36)
    private String id;

    @Column(name = "opportunity_id", nullable = false, length = 36)
    private String opportunityId;

    @Column(name = "client_id", nullable = false, length = 36)
    private String clientId;

    @Column(name = "from_stage_id", length = 36)
    private String fromStageId;

    @Column(name = "to_stage_id", nullable = false, length = 36)
    private String toStageId;

    @Column(name = "changed_at", nullable = false)
    private LocalDateTime changedAt;

    @Column(name = "changed_by", length = 64)
    private String changedBy;

    protected StageChangeEntity() {
        // for JPA
    }

    StageChangeEntity(String opportunityId, String clientId, String fromStageId, String toStageId, LocalDateTime at) {
        this.id = Records.newId();
        this.opportunityId = opportunityId;
        this.clientId = clientId;
        this.fromStageId = fromStageId;
        this.toStageId = toStageId;
        this.changedAt = at;
    }

    @Override
    public String id() {
        return id;
    }

    String toStageId() {
        return toStageId;
    }

    LocalDateTime changedAt() {
        return changedAt;
    }

    public StageChange toStageChange(String toStageName) {
        return new StageChange(id, opportunityId, clientId, fromStageId, toStageId, toStageName,
                Times.instant(changedAt), changedBy);
    }
}
