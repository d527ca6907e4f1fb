package org.atriumcrm.core.security.internal;

import java.time.LocalDateTime;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

/** A user's password hash. */
@Entity
@Table(name = "sec_credential")
public class CredentialEntity {

    @Id
    @Column(name = "user_id", length = 36)
    private String userId;

    @Column(name = "password_hash", length = 200, nullable = false)
    private String passwordHash;

    @Column(name = "changed_at", nullable = false)
    private LocalDateTime changedAt;

    protected CredentialEntity() {
        // for JPA
    }

    CredentialEntity(String userId) {
        this.userId = userId;
    }

    void change(String hash, LocalDateTime now) {
        passwordHash = hash;
        changedAt = now;
    }

    String passwordHash() {
        return passwordHash;
    }
}
