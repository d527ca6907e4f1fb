package org.atriumcrm.core.mail.internal.delivery;

import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.Objects;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.IdClass;
import javax.persistence.Table;

/** A client who asked to get nothing more through a channel; {@code deliveryId} is the message whose link was used. */
@Entity
@Table(name = "atr_mail_opt_out")
@IdClass(OptOutEntity.Key.class)
public class OptOutEntity {

    @Id
    @Column(name = "client_id", length = 36)
    private String clientId;

    @Id
    @Column(name = "channel", length = 40)
    private String channel;

    @Column(name = "opted_out_at", nullable = false)
    private LocalDateTime optedOutAt;

    @Column(name = "delivery_id", length = 36)
    private String deliveryId;

    protected OptOutEntity() {
        // for JPA
    }

    OptOutEntity(String clientId, String channel, String deliveryId, LocalDateTime now) {
        this.clientId = clientId;
        this.channel = channel;
        this.deliveryId = deliveryId;
        this.optedOutAt = now;
    }

    /** The primary key: client and channel. */
    public static class Key implements Serializable {

        private static final long serialVersionUID = 1L;

        private String clientId;
        private String channel;

        public Key() {
            // for JPA
        }

        Key(String clientId, String channel) {
            this.clientId = clientId;
            this.channel = channel;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && Objects.equals(clientId, key.clientId) && Objects.equals(channel, key.channel);
        }

        @Override
        public int hashCode() {
            return Objects.hash(clientId, channel);
        }
    }
}
