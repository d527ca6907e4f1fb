package org.atriumcrm.core.automation.internal.assignment;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

/** Whose turn it was last in a team's rotation, and how many turns were given. */
@Entity
@Table(name = "atr_auto_rotation")
public class RotationEntity {

    @Id
    @Column(name = "team", length = 100)
    private String team;

    @Column(name = "last_user_id", length = 36)
    private String lastUserId;

    @Column(name = "turns", nullable = false)
    private long turns;

    protected RotationEntity() {
        // for JPA
    }

    RotationEntity(String team) {
        this.team = team;
    }

    String lastUserId() {
        return lastUserId;
    }

    long turns() {
        return turns;
    }

    void gaveTurnTo(String userId) {
        lastUserId = userId;
    }
}
