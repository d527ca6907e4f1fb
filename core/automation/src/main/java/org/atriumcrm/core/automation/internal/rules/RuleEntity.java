package org.atriumcrm.core.automation.internal.rules;

import java.time.LocalDateTime;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

/**
 * A rule: its name, whether it is enabled and which version of its definition is current. A deleted
 * rule keeps its row (its runs and versions refer to it) with the time it was deleted.
 */
@Entity
@Table(name = "atr_auto_rule")
public class RuleEntity {

    @Id
    @Column(name = "id", length = 36)
    private String id;

    @Column(name = "name", length = 200, nullable = false)
    private String name;

    /** SMALLINT 0/1: EclipseLink binds booleans as INTEGER on Derby */
    @Column(name = "enabled", nullable = false)
    private int enabled;

    @Column(name = "current_version", nullable = false)
    private int currentVersion;

    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    private LocalDateTime updatedAt;

    @Column(name = "deleted_at")
    private LocalDateTime deletedAt;

    protected RuleEntity() {
        // for JPA
    }

    RuleEntity(String id, String name, boolean enabled, LocalDateTime now) {
        this.id = id;
        this.name = name;
        this.enabled = enabled ? 1 : 0;
        this.currentVersion = 1;
        this.createdAt = now;
        this.updatedAt = now;
    }

    String id() {
        return id;
    }

    boolean enabled() {
        return enabled == 1;
    }

    int currentVersion() {
        return currentVersion;
    }

    LocalDateTime createdAt() {
        return createdAt;
    }

    LocalDateTime updatedAt() {
        return updatedAt;
    }

    boolean deleted() {
        return deletedAt != null;
    }

    String name() {
        return name;
    }

    /** Switched off for good: it fires no more and no list shows it. */
    void delete(LocalDateTime now) {
        this.enabled = 0;
        this.deletedAt = now;
        this.updatedAt = now;
    }

    void changed(String newName, boolean nowEnabled, int version, LocalDateTime now) {
        this.name = newName;
        this.enabled = nowEnabled ? 1 : 0;
        this.currentVersion = version;
        this.updatedAt = now;
    }
}
