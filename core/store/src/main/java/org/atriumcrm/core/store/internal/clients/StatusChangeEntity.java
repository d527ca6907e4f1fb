package org.atriumcrm.core.store.internal.clients;

import java.time.LocalDateTime;
import java.time.ZoneOffset;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.Id;
import javax.persistence.Table;

import org.atriumcrm.core.api.LifecycleStatus;
import org.atriumcrm.core.api.StatusChange;
import org.atriumcrm.core.store.internal.support.Identified;

/** One step of a client's lifecycle; written once, never changed. */
@Entity
@Table(name = "atr_client_status_change")
public class StatusChangeEntity implements Identified {

    @Id
    @Column(name = "id", length = 36)
    private String id;

    @Column(name = "client_id", length = 36, nullable = false)
    private String clientId;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status", length = 20)
    private LifecycleStatus from;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status", length = 20, nullable = false)
    private LifecycleStatus to;

    @Column(name = "changed_at", nullable = false)
    private LocalDateTime changedAt;

    @Column(name = "changed_by", length = 64)
    private String changedBy;

    protected StatusChangeEntity() {
        // for JPA
    }

    public StatusChangeEntity(String id, String clientId, LifecycleStatus from, LifecycleStatus to, LocalDateTime changedAt,
                       String changedBy) {
        this.id = id;
        this.clientId = clientId;
        this.from = from;
        this.to = to;
        this.changedAt = changedAt;
        this.changedBy = changedBy;
    }

    @Override
    public String id() {
        return id;
    }

    public StatusChange toStatusChange() {
        return new StatusChange(id, clientId, from, to, changedAt.toInstant(ZoneOffset.UTC), changedBy);
    }
}
