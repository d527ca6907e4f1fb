package org.atriumcrm.core.store.internal.nextactions;

import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.Objects;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.IdClass;
import javax.persistence.Table;

/** A user's item marked done or snoozed, by the item's key; times UTC. */
@Entity
@Table(name = "atr_next_action_mark")
@IdClass(NextActionMarkEntity.Key.class)
public class NextActionMarkEntity {

    @Id
    @Column(name = "user_id", length = 36)
    private String userId;

    @Id
    @Column(name = "action_key", length = 300)
    private String actionKey;

    @Column(name = "done", nullable = false)
    private int done;

    /** {@code null} for a done item */
    @Column(name = "hidden_until")
    private LocalDateTime hiddenUntil;

    @Column(name = "marked_at", nullable = false)
    private LocalDateTime markedAt;

    protected NextActionMarkEntity() {
        // for JPA
    }

    NextActionMarkEntity(String userId, String actionKey) {
        this.userId = userId;
        this.actionKey = actionKey;
    }

    void markDone(LocalDateTime at) {
        done = 1;
        hiddenUntil = null;
        markedAt = at;
    }

    void snooze(LocalDateTime until, LocalDateTime at) {
        done = 0;
        hiddenUntil = until;
        markedAt = at;
    }

    String actionKey() {
        return actionKey;
    }

    boolean done() {
        return done == 1;
    }

    LocalDateTime hiddenUntil() {
        return hiddenUntil;
    }

    /** The composite id. */
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        private String userId;
        private String actionKey;

        public Key() {
        }

        Key(String userId, String actionKey) {
            this.userId = userId;
            this.actionKey = actionKey;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && key.userId.equals(userId) && key.actionKey.equals(actionKey);
        }

        @Override
        public int hashCode() {
            return Objects.hash(userId, actionKey);
        }
    }
}
