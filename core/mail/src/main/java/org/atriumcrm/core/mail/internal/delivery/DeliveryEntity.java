package org.atriumcrm.core.mail.internal.delivery;

import java.time.LocalDateTime;
import java.time.ZoneOffset;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

/** A row of the delivery log. */
@Entity
@Table(name = "atr_mail_delivery")
public class DeliveryEntity {

    @Id
    @Column(name = "id", length = 36)
    private String id;

    @Column(name = "client_id", length = 36, nullable = false)
    private String clientId;

    @Column(name = "channel", length = 40, nullable = false)
    private String channel;

    @Column(name = "address", length = 320, nullable = false)
    private String address;

    @Column(name = "subject", length = 1000)
    private String subject;

    @Column(name = "language", length = 8)
    private String language;

    @Column(name = "status", length = 16, nullable = false)
    private String status;

    @Column(name = "reason", length = 1000)
    private String reason;

    @Column(name = "message_id", length = 300)
    private String messageId;

    @Column(name = "queued_at", nullable = false)
    private LocalDateTime queuedAt;

    @Column(name = "updated_at", nullable = false)
    private LocalDateTime updatedAt;

    protected DeliveryEntity() {
        // for JPA
    }

    DeliveryEntity(String id, String clientId, String channel, String address, String subject, String language, LocalDateTime now) {
        this.id = id;
        this.clientId = clientId;
        this.channel = channel;
        this.address = address;
        this.subject = cut(subject, 1000);
        this.language = language;
        this.status = DeliveryStatus.QUEUED.name();
        this.queuedAt = now;
        this.updatedAt = now;
    }

    void bounce(String newReason) {
        this.status = DeliveryStatus.BOUNCED.name();
        this.reason = cut(newReason, 1000);
    }

    void finish(DeliveryStatus newStatus, String newReason, String newMessageId, LocalDateTime now) {
        this.status = newStatus.name();
        this.reason = cut(newReason, 1000);
        this.messageId = cut(newMessageId, 300);
        this.updatedAt = now;
    }

    String clientId() {
        return clientId;
    }

    Delivery toDelivery() {
        return new Delivery(id, clientId, channel, address, subject, language, DeliveryStatus.valueOf(status), reason, messageId,
                queuedAt.toInstant(ZoneOffset.UTC), updatedAt.toInstant(ZoneOffset.UTC));
    }

    private static String cut(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }
}
