package org.atriumcrm.core.security.internal;

import java.time.LocalDateTime;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

/**
 * Sign-in attempts in a row for one username that no correct password ended, and until when it is
 * locked. {@link SignInLockOut} counts and locks with bulk updates, never by reading and writing back.
 */
@Entity
@Table(name = "sec_sign_in_failure")
public class SignInFailureEntity {

    @Id
    @Column(name = "username_key", length = 100)
    private String usernameKey;

    @Column(name = "failures", nullable = false)
    private int failures;

    @Column(name = "last_failure_at", nullable = false)
    private LocalDateTime lastFailureAt;

    @Column(name = "locked_until")
    private LocalDateTime lockedUntil;

    protected SignInFailureEntity() {
        // for JPA
    }

    /** The first attempt counted on {@code usernameKey}. */
    SignInFailureEntity(String usernameKey, LocalDateTime now, LocalDateTime lockedUntil) {
        this.usernameKey = usernameKey;
        this.failures = 1;
        this.lastFailureAt = now;
        this.lockedUntil = lockedUntil;
    }
}
