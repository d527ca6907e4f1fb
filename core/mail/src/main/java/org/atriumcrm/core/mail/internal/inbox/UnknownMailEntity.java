package org.atriumcrm.core.mail.internal.inbox;

import java.time.LocalDateTime;
import java.time.ZoneOffset;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.Version;

/** A message of an unknown sender, until a manager files it on a client; its bytes are an {@link UnknownMailRawEntity}. */
@Entity
@Table(name = "atr_mail_unknown")
public class UnknownMailEntity {

    @Id
    @Column(name = "id", length = 36)
    private String id;

    @Column(name = "message_key", length = 64, nullable = false)
    private String messageKey;

    @Column(name = "sender", length = 320, nullable = false)
    private String sender;

    @Column(name = "sender_name", length = 200)
    private String senderName;

    @Column(name = "subject", length = 1000)
    private String subject;

    @Column(name = "excerpt", length = 1000)
    private String excerpt;

    @Column(name = "sent_at", nullable = false)
    private LocalDateTime sentAt;

    @Column(name = "status", length = 16, nullable = false)
    private String status;

    @Column(name = "client_id", length = 36)
    private String clientId;

    @Column(name = "resolved_by", length = 64)
    private String resolvedBy;

    @Column(name = "resolved_at")
    private LocalDateTime resolvedAt;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected UnknownMailEntity() {
        // for JPA
    }

    UnknownMailEntity(String id, InboundMessage message) {
        this.id = id;
        this.messageKey = message.key();
        this.sender = cut(message.from() == null ? "" : message.from(), 320);
        this.senderName = cut(message.fromName(), 200);
        this.subject = cut(message.subject(), 1000);
        this.excerpt = cut(message.text(), 1000);
        this.sentAt = LocalDateTime.ofInstant(message.sentAt(), ZoneOffset.UTC);
        this.status = UnknownMail.OPEN;
    }

    String messageKey() {
        return messageKey;
    }

    String status() {
        return status;
    }

    void resolve(String newStatus, String client, String by, LocalDateTime at) {
        status = newStatus;
        clientId = client;
        resolvedBy = by;
        resolvedAt = at;
    }

    UnknownMail toUnknownMail() {
        return new UnknownMail(id, sender, senderName, subject, excerpt, sentAt.toInstant(ZoneOffset.UTC), status, clientId, resolvedBy,
                resolvedAt == null ? null : resolvedAt.toInstant(ZoneOffset.UTC), version);
    }

    static String cut(String text, int length) {
        return text == null || text.length() <= length ? text : text.substring(0, length);
    }
}
