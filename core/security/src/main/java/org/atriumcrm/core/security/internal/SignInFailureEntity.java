package org.atriumcrm.core.security.internal;

import java.time.LocalDateTime;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

/** Failed sign-ins in a row for one username, and until when it is locked. */
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

    SignInFailureEntity(String usernameKey) {
        this.usernameKey = usernameKey;
    }

    /** Counts one more failure; the {@code limit}-th locks the username for {@code lockMinutes}. */
    void failed(LocalDateTime now, int limit, long lockMinutes) {
        failures++;
        lastFailureAt = now;
        if (failures >= limit) {
            lockedUntil = now.plusMinutes(lockMinutes);
            failures = 0;
        }
    }

    boolean lockedAt(LocalDateTime now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }

    LocalDateTime lockedUntil() {
        return lockedUntil;
    }
}
