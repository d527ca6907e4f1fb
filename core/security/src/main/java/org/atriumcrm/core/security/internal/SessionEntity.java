package org.atriumcrm.core.security.internal;

import java.time.LocalDateTime;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

/** A browser session, found by the hash of its token. */
@Entity
@Table(name = "sec_session")
public class SessionEntity {

    @Id
    @Column(name = "token_hash", length = 64)
    private String tokenHash;

    @Column(name = "user_id", length = 36, nullable = false)
    private String userId;

    @Column(name = "csrf_token", length = 64, nullable = false)
    private String csrfToken;

    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    @Column(name = "last_seen_at", nullable = false)
    private LocalDateTime lastSeenAt;

    @Column(name = "expires_at", nullable = false)
    private LocalDateTime expiresAt;

    protected SessionEntity() {
        // for JPA
    }

    SessionEntity(String tokenHash, String userId, String csrfToken, LocalDateTime now, LocalDateTime expiresAt) {
        this.tokenHash = tokenHash;
        this.userId = userId;
        this.csrfToken = csrfToken;
        this.createdAt = now;
        this.lastSeenAt = now;
        this.expiresAt = expiresAt;
    }

    /** Live while used within the idle time, and never past the absolute limit set at sign-in. */
    boolean liveAt(LocalDateTime now, long idleMinutes) {
        return now.isBefore(expiresAt) && now.isBefore(lastSeenAt.plusMinutes(idleMinutes));
    }

    void seen(LocalDateTime now) {
        lastSeenAt = now;
    }

    String userId() {
        return userId;
    }

    String csrfToken() {
        return csrfToken;
    }

    LocalDateTime lastSeenAt() {
        return lastSeenAt;
    }

    LocalDateTime expiresAt() {
        return expiresAt;
    }
}
