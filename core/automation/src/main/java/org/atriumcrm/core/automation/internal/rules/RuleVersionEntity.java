package org.atriumcrm.core.automation.internal.rules;

import java.time.LocalDateTime;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.IdClass;
import javax.persistence.Lob;
import javax.persistence.Table;

/** One version of a rule's definition, as JSON; never changed once written. */
@Entity
@Table(name = "atr_auto_rule_version")
@IdClass(RuleVersionId.class)
public class RuleVersionEntity {

    @Id
    @Column(name = "rule_id", length = 36)
    private String ruleId;

    @Id
    @Column(name = "version")
    private int version;

    @Column(name = "trigger_type", length = 100, nullable = false)
    private String triggerType;

    @Lob
    @Column(name = "definition", nullable = false)
    private String definition;

    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    @Column(name = "created_by", length = 36)
    private String createdBy;

    protected RuleVersionEntity() {
        // for JPA
    }

    RuleVersionEntity(String ruleId, int version, String triggerType, String definition, LocalDateTime now, String createdBy) {
        this.ruleId = ruleId;
        this.version = version;
        this.triggerType = triggerType;
        this.definition = definition;
        this.createdAt = now;
        this.createdBy = createdBy;
    }

    String ruleId() {
        return ruleId;
    }

    int version() {
        return version;
    }

    String definition() {
        return definition;
    }

    String triggerType() {
        return triggerType;
    }

    LocalDateTime createdAt() {
        return createdAt;
    }

    String createdBy() {
        return createdBy;
    }
}
