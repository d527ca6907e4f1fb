package org.atriumcrm.core.automation.internal.webhooks;

import java.time.LocalDateTime;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Lob;
import javax.persistence.Table;

/** One event for one webhook: the body sent on every attempt (so a retry is the same message) and its attempts. */
@Entity
@Table(name = "atr_auto_webhook_delivery")
public class DeliveryEntity {

    @Id
    @Column(name = "id", length = 36)
    String id;

    @Column(name = "webhook_id", length = 36, nullable = false)
    String webhookId;

    @Column(name = "event_type", length = 100, nullable = false)
    String eventType;

    @Column(name = "record_type", length = 40)
    String recordType;

    @Column(name = "record_id", length = 36)
    String recordId;

    @Column(name = "occurred_at", nullable = false)
    LocalDateTime occurredAt;

    @Lob
    @Column(name = "payload", nullable = false)
    String payload;

    @Column(name = "status", length = 16, nullable = false)
    String status;

    @Column(name = "attempts", nullable = false)
    int attempts;

    /** The attempts as JSON, oldest first */
    @Lob
    @Column(name = "attempt_log", nullable = false)
    String attemptLog;

    @Column(name = "next_attempt_at")
    LocalDateTime nextAttemptAt;

    @Column(name = "finished_at")
    LocalDateTime finishedAt;
}
