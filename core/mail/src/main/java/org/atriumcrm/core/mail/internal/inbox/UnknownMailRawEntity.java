package org.atriumcrm.core.mail.internal.inbox;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Lob;
import javax.persistence.Table;

/** An unknown sender's message as it came, read only when it is filed. */
@Entity
@Table(name = "atr_mail_unknown_raw")
public class UnknownMailRawEntity {

    @Id
    @Column(name = "id", length = 36)
    private String id;

    @Lob
    @Column(name = "raw_message", nullable = false)
    private byte[] rawMessage;

    protected UnknownMailRawEntity() {
        // for JPA
    }

    UnknownMailRawEntity(String id, byte[] rawMessage) {
        this.id = id;
        this.rawMessage = rawMessage;
    }

    byte[] rawMessage() {
        return rawMessage;
    }
}
