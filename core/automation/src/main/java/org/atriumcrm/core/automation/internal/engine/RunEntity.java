package org.atriumcrm.core.automation.internal.engine;

import java.time.LocalDateTime;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Lob;
import javax.persistence.Table;

/** One firing of a rule for one occurrence of its trigger; unique by (rule, occurrence). */
@Entity
@Table(name = "atr_auto_run")
public class RunEntity {

    @Id
    @Column(name = "id", length = 36)
    String id;

    @Column(name = "rule_id", length = 36, nullable = false)
    String ruleId;

    @Column(name = "rule_version", nullable = false)
    int ruleVersion;

    @Column(name = "occurrence_key", length = 300, nullable = false)
    String occurrenceKey;

    @Column(name = "trigger_type", length = 100, nullable = false)
    String triggerType;

    @Column(name = "record_type", length = 40)
    String recordType;

    @Column(name = "record_id", length = 36)
    String recordId;

    @Column(name = "client_id", length = 36)
    String clientId;

    @Column(name = "contact_id", length = 36)
    String contactId;

    @Column(name = "status", length = 16, nullable = false)
    String status;

    @Column(name = "attempts", nullable = false)
    int attempts;

    /** JSON: one entry per action done or tried, in order */
    @Lob
    @Column(name = "results")
    String results;

    @Column(name = "created_at", nullable = false)
    LocalDateTime createdAt;

    @Column(name = "finished_at")
    LocalDateTime finishedAt;

    @Column(name = "duration_ms", nullable = false)
    long durationMs;

    @Column(name = "next_attempt_at")
    LocalDateTime nextAttemptAt;

    /** Until when the node that opened the run holds its first attempt; null: the scheduler holds it. */
    @Column(name = "lease_until")
    LocalDateTime leaseUntil;

    protected RunEntity() {
        // for JPA
    }
}
