package org.atriumcrm.core.mail.internal.inbox;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

/** How far a mailbox folder has been read: the highest UID filed, valid while the folder's UIDVALIDITY stays. */
@Entity
@Table(name = "atr_mail_mailbox")
public class MailboxStateEntity {

    @Id
    @Column(name = "name", length = 400)
    private String name;

    @Column(name = "uid_validity", nullable = false)
    private long uidValidity;

    @Column(name = "last_uid", nullable = false)
    private long lastUid;

    protected MailboxStateEntity() {
        // for JPA
    }

    MailboxStateEntity(String name, long uidValidity, long lastUid) {
        this.name = name;
        this.uidValidity = uidValidity;
        this.lastUid = lastUid;
    }

    long lastUidUnder(long validity) {
        return uidValidity == validity ? lastUid : 0;
    }

    void read(long validity, long uid) {
        if (uidValidity != validity) {
            uidValidity = validity;
            lastUid = 0;
        }
        lastUid = Math.max(lastUid, uid);
    }
}
