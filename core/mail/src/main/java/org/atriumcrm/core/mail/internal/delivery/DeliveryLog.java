package org.atriumcrm.core.mail.internal.delivery;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import javax.persistence.TypedQuery;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.atriumcrm.core.mail.internal.MailSchema;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The delivery log (a message is queued before it is handed to the provider, then sent or failed
 * with the reason) and the opt-outs per client and channel. Each write is its own transaction: a
 * failed send must leave its FAILED line behind.
 */
@Component(service = DeliveryLog.class)
public class DeliveryLog {

    private final JpaTemplate jpa;

    @Activate
    public DeliveryLog(@Reference MailSchema schema, @Reference(target = MailSchema.UNIT_FILTER) JpaTemplate jpa) {
        this.jpa = jpa;
    }

    /** @return the new delivery's id, which the unsubscribe link of the message signs */
    public String queued(String clientId, String channel, String address, String subject, String language) {
        String id = UUID.randomUUID().toString();
        jpa.tx(TransactionType.RequiresNew, em -> em.persist(new DeliveryEntity(id, clientId, channel, address, subject, language, now())));
        return id;
    }

    public void finished(String deliveryId, DeliveryStatus status, String reason, String messageId) {
        jpa.tx(TransactionType.RequiresNew, em -> {
            DeliveryEntity entity = em.find(DeliveryEntity.class, deliveryId);
            if (entity != null) {
                entity.finish(status, reason, messageId, now());
            }
        });
    }

    /**
     * Marks the e-mail deliveries that carried {@code messageId} bounced, in the caller's transaction
     * when there is one (the filing of the report that says so), by the index of {@code V006}.
     *
     * @return how many deliveries it marked
     */
    public int bounced(String messageId, String reason) {
        return jpa.txExpr(TransactionType.Required, em -> {
            List<DeliveryEntity> sent = em.createQuery("SELECT d FROM DeliveryEntity d WHERE d.messageId = :id", DeliveryEntity.class)
                    .setParameter("id", messageId).getResultList();
            sent.forEach(entity -> entity.bounce(reason));
            return sent.size();
        });
    }

    /** Whether a delivery carried {@code messageId}. */
    public boolean carried(String messageId) {
        return jpa.txExpr(TransactionType.Supports, em -> !em.createQuery("SELECT d.id FROM DeliveryEntity d WHERE d.messageId = :id")
                .setParameter("id", messageId).setMaxResults(1).getResultList().isEmpty());
    }

    public Optional<Delivery> get(String deliveryId) {
        return jpa.txExpr(TransactionType.Supports, em -> Optional.ofNullable(em.find(DeliveryEntity.class, deliveryId))
                .map(DeliveryEntity::toDelivery));
    }

    /** The client's deliveries strictly before a position on the timeline, newest first. */
    public List<Delivery> ofClient(String clientId, Instant before, String beforeId, int limit) {
        return jpa.txExpr(TransactionType.Supports, em -> {
            TypedQuery<DeliveryEntity> query;
            if (before == null) {
                query = em.createQuery("SELECT d FROM DeliveryEntity d WHERE d.clientId = :client"
                        + " ORDER BY d.queuedAt DESC, d.id DESC", DeliveryEntity.class);
            } else {
                LocalDateTime at = LocalDateTime.ofInstant(before, ZoneOffset.UTC);
                query = em.createQuery("SELECT d FROM DeliveryEntity d WHERE d.clientId = :client AND (d.queuedAt < :at"
                        + " OR (d.queuedAt = :at AND d.id < :id)) ORDER BY d.queuedAt DESC, d.id DESC", DeliveryEntity.class)
                        .setParameter("at", at).setParameter("id", beforeId == null ? "" : beforeId);
            }
            return query.setParameter("client", clientId).setMaxResults(limit).getResultList().stream()
                    .map(DeliveryEntity::toDelivery).toList();
        });
    }

    /**
     * Every delivery strictly before a position, newest first, of one client and/or one channel when
     * given; each filter walks an index of its own ({@code V005}).
     */
    public List<Delivery> recent(String clientId, String channel, Instant before, String beforeId, int limit) {
        return jpa.txExpr(TransactionType.Supports, em -> {
            StringBuilder jpql = new StringBuilder("SELECT d FROM DeliveryEntity d WHERE 1 = 1");
            if (clientId != null) {
                jpql.append(" AND d.clientId = :client");
            }
            if (channel != null) {
                jpql.append(" AND d.channel = :channel");
            }
            if (before != null) {
                jpql.append(" AND (d.queuedAt < :at OR (d.queuedAt = :at AND d.id < :id))");
            }
            TypedQuery<DeliveryEntity> query = em.createQuery(jpql.append(" ORDER BY d.queuedAt DESC, d.id DESC").toString(),
                    DeliveryEntity.class);
            if (clientId != null) {
                query.setParameter("client", clientId);
            }
            if (channel != null) {
                query.setParameter("channel", channel);
            }
            if (before != null) {
                query.setParameter("at", LocalDateTime.ofInstant(before, ZoneOffset.UTC)).setParameter("id", beforeId == null ? "" : beforeId);
            }
            return query.setMaxResults(limit).getResultList().stream().map(DeliveryEntity::toDelivery).toList();
        });
    }

    public boolean optedOut(String clientId, String channel) {
        return jpa.txExpr(TransactionType.Supports, em -> em.find(OptOutEntity.class, new OptOutEntity.Key(clientId, channel)) != null);
    }

    /** Records the opt-out once; a second use of a link changes nothing. */
    public void optOut(String clientId, String channel, String deliveryId) {
        jpa.tx(TransactionType.RequiresNew, em -> {
            if (em.find(OptOutEntity.class, new OptOutEntity.Key(clientId, channel)) == null) {
                em.persist(new OptOutEntity(clientId, channel, deliveryId, now()));
            }
        });
    }

    /** The key that signs this installation's unsubscribe links, made on first use and shared by every node. */
    public byte[] signingKey(byte[] candidate) {
        String encoded = java.util.Base64.getEncoder().encodeToString(candidate);
        String stored = jpa.txExpr(TransactionType.RequiresNew, em -> {
            List<?> found = em.createNativeQuery("SELECT secret FROM atr_mail_key WHERE name = 'unsubscribe'").getResultList();
            if (!found.isEmpty()) {
                return (String) found.get(0);
            }
            em.createNativeQuery("INSERT INTO atr_mail_key (name, secret) VALUES ('unsubscribe', ?)").setParameter(1, encoded).executeUpdate();
            return encoded;
        });
        return java.util.Base64.getDecoder().decode(stored);
    }

    private static LocalDateTime now() {
        return LocalDateTime.now(ZoneOffset.UTC);
    }
}
