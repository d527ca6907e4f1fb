package org.atriumcrm.core.calendar.internal.feed;

import java.time.LocalDateTime;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

/** A user's live feed secret, by its hash. */
@Entity
@Table(name = "atr_cal_feed")
public class FeedEntity {

    @Id
    @Column(name = "user_id", length = 64)
    private String userId;

    @Column(name = "secret_hash", length = 64, nullable = false)
    private String secretHash;

    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    @Column(name = "last_used_at")
    private LocalDateTime lastUsedAt;

    protected FeedEntity() {
        // for JPA
    }

    FeedEntity(String userId, String secretHash, LocalDateTime createdAt) {
        this.userId = userId;
        this.secretHash = secretHash;
        this.createdAt = createdAt;
    }

    String userId() {
        return userId;
    }

    String secretHash() {
        return secretHash;
    }

    LocalDateTime createdAt() {
        return createdAt;
    }

    LocalDateTime lastUsedAt() {
        return lastUsedAt;
    }

    void rotate(String hash, LocalDateTime now) {
        secretHash = hash;
        createdAt = now;
        lastUsedAt = null;
    }

    void used(LocalDateTime now) {
        lastUsedAt = now;
    }
}
