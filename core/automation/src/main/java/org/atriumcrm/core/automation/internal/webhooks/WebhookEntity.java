package org.atriumcrm.core.automation.internal.webhooks;

import java.time.LocalDateTime;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.Version;

/** A webhook subscription: where to send, which events, the signing secret, and whether it is enabled. */
@Entity
@Table(name = "atr_auto_webhook")
public class WebhookEntity {

    @Id
    @Column(name = "id", length = 36)
    String id;

    @Column(name = "name", length = 200, nullable = false)
    String name;

    @Column(name = "url", length = 2000, nullable = false)
    String url;

    /** Event ids, comma-separated */
    @Column(name = "events", length = 1000, nullable = false)
    String events;

    @Column(name = "secret", length = 100, nullable = false)
    String secret;

    /** SMALLINT 0/1: EclipseLink binds booleans as INTEGER on Derby */
    @Column(name = "enabled", nullable = false)
    int enabled;

    @Column(name = "disabled_reason", length = 500)
    String disabledReason;

    @Column(name = "consecutive_failures", nullable = false)
    int consecutiveFailures;

    @Version
    @Column(name = "version", nullable = false)
    long version;

    @Column(name = "created_at", nullable = false)
    LocalDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    LocalDateTime updatedAt;
}
