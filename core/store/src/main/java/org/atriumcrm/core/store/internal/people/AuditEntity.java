package org.atriumcrm.core.store.internal.people;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import javax.persistence.CollectionTable;
import javax.persistence.Column;
import javax.persistence.ElementCollection;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.Id;
import javax.persistence.JoinColumn;
import javax.persistence.OrderColumn;
import javax.persistence.Table;

import org.atriumcrm.core.api.security.AuditAction;
import org.atriumcrm.core.api.security.AuditChange;
import org.atriumcrm.core.api.security.AuditEntry;
import org.atriumcrm.core.store.internal.support.Identified;
import org.atriumcrm.core.store.internal.support.Times;
import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;

/** One row of the audit trail; written once, never changed. */
@Entity
@Table(name = "atr_audit")
public class AuditEntity implements Identified {

    @Id
    @Column(name = "id", length = 36)
    private String id;

    @Column(name = "occurred_at", nullable = false)
    private LocalDateTime at;

    @Enumerated(EnumType.STRING)
    @Column(name = "action", length = 20, nullable = false)
    private AuditAction action;

    @Column(name = "record_type", length = 50, nullable = false)
    private String recordType;

    @Column(name = "record_id", length = 100)
    private String recordId;

    @Column(name = "user_id", length = 36)
    private String userId;

    @Column(name = "username", length = 100)
    private String username;

    @ElementCollection
    @CollectionTable(name = "atr_audit_change", joinColumns = @JoinColumn(name = "audit_id"))
    @OrderColumn(name = "ord")
    @BatchFetch(BatchFetchType.IN)
    private List<AuditChangeEntry> changes = new ArrayList<>();

    protected AuditEntity() {
        // for JPA
    }

    AuditEntity(AuditEntry entry) {
        this.id = entry.id();
        this.at = Times.utc(entry.at());
        this.action = entry.action();
        this.recordType = entry.recordType();
        this.recordId = entry.recordId();
        this.userId = entry.userId();
        this.username = entry.username();
        entry.changes().forEach(change -> changes.add(new AuditChangeEntry(change)));
    }

    AuditEntry toEntry() {
        List<AuditChange> list = changes.stream().map(AuditChangeEntry::toChange).toList();
        return new AuditEntry(id, Times.instant(at), action, recordType, recordId, userId, username, list);
    }

    @Override
    public String id() {
        return id;
    }

    LocalDateTime at() {
        return at;
    }
}
