package org.atriumcrm.core.automation.internal.webhooks;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.atriumcrm.core.automation.internal.AutomationSchema;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/** The delivery log in {@code atr_auto_webhook_delivery}: each delivery's body, state and attempts. */
@Component(service = DeliveryStore.class)
public class DeliveryStore {

    static final int MAX_PAGE = 200;
    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    private static final TypeReference<List<DeliveryAttempt>> ATTEMPTS = new TypeReference<>() {
    };

    private final JpaTemplate jpa;

    @Activate
    public DeliveryStore(@Reference AutomationSchema schema, @Reference(target = AutomationSchema.UNIT_FILTER) JpaTemplate jpa) {
        this.jpa = jpa;
    }

    /** A message waiting to be sent, as it will go out, and what {@link #body} gives back. */
    record Pending(String id, String webhookId, String eventType, String recordType, String recordId, Instant occurredAt,
            String payload) {
    }

    void open(Pending pending) {
        DeliveryEntity entity = new DeliveryEntity();
        entity.id = pending.id();
        entity.webhookId = pending.webhookId();
        entity.eventType = pending.eventType();
        entity.recordType = pending.recordType();
        entity.recordId = pending.recordId();
        entity.occurredAt = LocalDateTime.ofInstant(pending.occurredAt(), ZoneOffset.UTC);
        entity.payload = pending.payload();
        entity.status = DeliveryStatus.PENDING.name();
        entity.attempts = 0;
        entity.attemptLog = "[]";
        jpa.tx(TransactionType.Required, em -> em.persist(entity));
    }

    public Optional<Delivery> get(String id) {
        return jpa.txExpr(TransactionType.Supports, em -> Optional.ofNullable(em.find(DeliveryEntity.class, id)).map(DeliveryStore::view));
    }

    /** The body of the delivery, byte for byte what every attempt sends. */
    Optional<String> body(String id) {
        return jpa.txExpr(TransactionType.Supports, em -> Optional.ofNullable(em.find(DeliveryEntity.class, id)).map(entity -> entity.payload));
    }

    /** The hook's deliveries, newest first. */
    public List<Delivery> ofWebhook(String webhookId, int limit) {
        return jpa.txExpr(TransactionType.Supports, em -> em
                .createQuery("SELECT d FROM DeliveryEntity d WHERE d.webhookId = :hook ORDER BY d.occurredAt DESC", DeliveryEntity.class)
                .setParameter("hook", webhookId).setMaxResults(Math.min(limit, MAX_PAGE))
                .getResultList().stream().map(DeliveryStore::view).toList());
    }

    /** Adds an attempt to the log and sets where the delivery is now; {@code next} only while retrying. */
    void attempted(String id, DeliveryAttempt attempt, DeliveryStatus status, Instant next) {
        jpa.tx(TransactionType.Required, em -> {
            DeliveryEntity entity = em.find(DeliveryEntity.class, id);
            if (entity == null) {
                return; // its hook was deleted meanwhile
            }
            List<DeliveryAttempt> log = new ArrayList<>(attempts(entity));
            log.add(attempt);
            entity.attemptLog = write(log);
            entity.attempts = Math.max(entity.attempts, attempt.attempt());
            entity.status = status.name();
            entity.nextAttemptAt = next == null ? null : LocalDateTime.ofInstant(next, ZoneOffset.UTC);
            entity.finishedAt = status == DeliveryStatus.DELIVERED || status == DeliveryStatus.FAILED
                    ? LocalDateTime.ofInstant(attempt.at(), ZoneOffset.UTC) : null;
        });
    }

    private static Delivery view(DeliveryEntity entity) {
        return new Delivery(entity.id, entity.webhookId, entity.eventType, entity.recordType, entity.recordId,
                entity.occurredAt.toInstant(ZoneOffset.UTC), DeliveryStatus.valueOf(entity.status), attempts(entity),
                entity.nextAttemptAt == null ? null : entity.nextAttemptAt.toInstant(ZoneOffset.UTC),
                entity.finishedAt == null ? null : entity.finishedAt.toInstant(ZoneOffset.UTC));
    }

    private static List<DeliveryAttempt> attempts(DeliveryEntity entity) {
        try {
            return JSON.readValue(entity.attemptLog, ATTEMPTS);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Unreadable attempts of delivery " + entity.id, e);
        }
    }

    private static String write(List<DeliveryAttempt> log) {
        try {
            return JSON.writeValueAsString(log);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Could not write a delivery's attempts", e);
        }
    }
}
