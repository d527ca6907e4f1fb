package org.atriumcrm.core.mail.internal.inbox;

import java.time.LocalDateTime;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

/** The claim of one message: whoever writes it first files the message, every other reading leaves it. */
@Entity
@Table(name = "atr_mail_inbound")
public class InboundEntity {

    /** What became of a message. */
    /** BOUNCE: a delivery status notification of one of our own messages, recorded in the delivery log */
    public enum Outcome { LOGGED, UNKNOWN, BOUNCE }

    @Id
    @Column(name = "message_key", length = 64)
    private String messageKey;

    @Column(name = "message_id", length = 1000, nullable = false)
    private String messageId;

    @Column(name = "outcome", length = 16, nullable = false)
    private String outcome;

    @Column(name = "received_at", nullable = false)
    private LocalDateTime receivedAt;

    protected InboundEntity() {
        // for JPA
    }

    InboundEntity(String messageKey, String messageId, Outcome outcome, LocalDateTime receivedAt) {
        this.messageKey = messageKey;
        this.messageId = messageId.length() > 1000 ? messageId.substring(0, 1000) : messageId;
        this.outcome = outcome.name();
        this.receivedAt = receivedAt;
    }

    void logged() {
        outcome = Outcome.LOGGED.name();
    }
}
