package org.atriumcrm.core.security.internal;

import java.time.LocalDateTime;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

import org.atriumcrm.core.api.security.ApiToken;

/** An integration's API token, found by the hash of the token. */
@Entity
@Table(name = "sec_api_token")
public class ApiTokenEntity {

    @Id
    @Column(name = "id", length = 36)
    private String id;

    @Column(name = "token_hash", length = 64, nullable = false)
    private String tokenHash;

    @Column(name = "user_id", length = 36, nullable = false)
    private String userId;

    @Column(name = "name", length = 100, nullable = false)
    private String name;

    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    @Column(name = "expires_at")
    private LocalDateTime expiresAt;

    @Column(name = "last_used_at")
    private LocalDateTime lastUsedAt;

    protected ApiTokenEntity() {
        // for JPA
    }

    ApiTokenEntity(String id, String tokenHash, String userId, String name, LocalDateTime now, LocalDateTime expiresAt) {
        this.id = id;
        this.tokenHash = tokenHash;
        this.userId = userId;
        this.name = name;
        this.createdAt = now;
        this.expiresAt = expiresAt;
    }

    boolean liveAt(LocalDateTime now) {
        return expiresAt == null || now.isBefore(expiresAt);
    }

    void used(LocalDateTime now) {
        lastUsedAt = now;
    }

    ApiToken toApiToken() {
        return new ApiToken(id, name, Utc.instant(createdAt), Utc.instant(expiresAt), Utc.instant(lastUsedAt));
    }

    String userId() {
        return userId;
    }

    LocalDateTime lastUsedAt() {
        return lastUsedAt;
    }
}
