package org.atriumcrm.core.store.internal.support;

import java.time.LocalDateTime;

import javax.persistence.Column;
import javax.persistence.Id;
import javax.persistence.MappedSuperclass;
import javax.persistence.Version;

/** What every editable record has: its id, when it was created and last changed (UTC), its version. */
@MappedSuperclass
public abstract class TrackedEntity implements Versioned {

    @Id
    @Column(name = "id", length = 36)
    private String id;

    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    private LocalDateTime updatedAt;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected TrackedEntity() {
        // for JPA
    }

    protected TrackedEntity(String id, LocalDateTime now) {
        this.id = id;
        this.createdAt = now;
        this.updatedAt = now;
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public long version() {
        return version;
    }

    public LocalDateTime createdAt() {
        return createdAt;
    }

    public LocalDateTime updatedAt() {
        return updatedAt;
    }

    /** Marks a change; the version moves on when it is written. */
    protected void touch(LocalDateTime now) {
        updatedAt = now;
    }
}
