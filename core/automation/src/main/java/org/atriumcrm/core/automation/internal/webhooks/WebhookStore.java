package org.atriumcrm.core.automation.internal.webhooks;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;

import javax.persistence.EntityManager;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.atriumcrm.core.api.RecordNotFoundException;
import org.atriumcrm.core.api.VersionConflictException;
import org.atriumcrm.core.api.security.AuditAction;
import org.atriumcrm.core.api.security.AuditTrail;
import org.atriumcrm.core.automation.internal.AutomationSchema;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Webhook subscriptions in {@code atr_auto_webhook}. The secret is made here, on creation, and leaves
 * the store only in the answer to that creation and to the sender that signs with it. Failed attempts
 * in a row are counted per hook; enough of them disable it, saying why.
 */
@Component(service = WebhookStore.class)
public class WebhookStore {

    static final String RECORD_TYPE = "webhook";
    static final String DISABLED_BY_USER = "disabled by a user";

    private final SecureRandom random = new SecureRandom();
    private final Clock clock = Clock.systemUTC();
    private final JpaTemplate jpa;
    private final AuditTrail audit;

    @Activate
    public WebhookStore(@Reference AutomationSchema schema, @Reference(target = AutomationSchema.UNIT_FILTER) JpaTemplate jpa,
            @Reference AuditTrail audit) {
        this.jpa = jpa;
        this.audit = audit;
    }

    /** Stores a checked request; the answer is the only one that holds the secret. */
    public Webhook create(WebhookRequest request) {
        WebhookEntity entity = new WebhookEntity();
        entity.id = UUID.randomUUID().toString();
        entity.secret = newSecret();
        entity.createdAt = LocalDateTime.now(clock);
        apply(entity, request);
        return jpa.txExpr(TransactionType.Required, em -> {
            em.persist(entity);
            em.flush();
            Webhook created = view(entity, null);
            audit.record(AuditAction.CREATE, RECORD_TYPE, entity.id, null, created);
            return view(entity, entity.secret);
        });
    }

    /** Replaces name, address, events and {@code enabled}; enabling again clears the failures counted. */
    public Webhook update(String id, WebhookRequest request, OptionalLong expectedVersion) {
        return jpa.txExpr(TransactionType.Required, em -> {
            WebhookEntity entity = find(em, id, expectedVersion);
            Webhook before = view(entity, null);
            apply(entity, request);
            em.flush();
            Webhook after = view(entity, null);
            audit.record(AuditAction.UPDATE, RECORD_TYPE, id, before, after);
            return after;
        });
    }

    /** Removes the hook with its deliveries; attempts still scheduled find nothing to send. */
    public void delete(String id, OptionalLong expectedVersion) {
        jpa.tx(TransactionType.Required, em -> {
            WebhookEntity entity = find(em, id, expectedVersion);
            Webhook before = view(entity, null);
            em.createQuery("DELETE FROM DeliveryEntity d WHERE d.webhookId = :id").setParameter("id", id).executeUpdate();
            em.remove(entity);
            audit.record(AuditAction.DELETE, RECORD_TYPE, id, before, null);
        });
    }

    public Optional<Webhook> get(String id) {
        return jpa.txExpr(TransactionType.Supports, em -> Optional.ofNullable(em.find(WebhookEntity.class, id)).map(entity -> view(entity, null)));
    }

    public List<Webhook> all() {
        return jpa.txExpr(TransactionType.Supports, em -> em
                .createQuery("SELECT w FROM WebhookEntity w ORDER BY w.createdAt", WebhookEntity.class)
                .getResultList().stream().map(entity -> view(entity, null)).toList());
    }

    /** The enabled hooks subscribed to the event. */
    public List<Webhook> subscribedTo(WebhookEvent event) {
        return jpa.txExpr(TransactionType.Supports, em -> em
                .createQuery("SELECT w FROM WebhookEntity w WHERE w.enabled = 1", WebhookEntity.class)
                .getResultList().stream().map(entity -> view(entity, null))
                .filter(hook -> hook.events().contains(event.id())).toList());
    }

    /** The key the sender signs with. */
    Optional<String> secret(String id) {
        return jpa.txExpr(TransactionType.Supports, em -> Optional.ofNullable(em.find(WebhookEntity.class, id)).map(entity -> entity.secret));
    }

    /** A delivery went through: the failures in a row start again from nought. */
    void succeeded(String id) {
        jpa.tx(TransactionType.Required, em -> em
                .createQuery("UPDATE WebhookEntity w SET w.consecutiveFailures = 0 WHERE w.id = :id AND w.consecutiveFailures > 0")
                .setParameter("id", id).executeUpdate());
    }

    /**
     * Counts a failed attempt; the {@code limit}-th in a row disables the hook.
     *
     * @return whether the hook is disabled now
     */
    boolean failed(String id, int limit, String lastError) {
        return jpa.txExpr(TransactionType.Required, em -> {
            WebhookEntity entity = em.find(WebhookEntity.class, id);
            if (entity == null) {
                return true;
            }
            entity.consecutiveFailures++;
            if (entity.enabled == 1 && entity.consecutiveFailures >= limit) {
                entity.enabled = 0;
                entity.disabledReason = abbreviate("disabled after " + entity.consecutiveFailures
                        + " failed delivery attempts in a row; the last: " + lastError, 500);
                entity.updatedAt = LocalDateTime.now(clock);
            }
            return entity.enabled == 0;
        });
    }

    private void apply(WebhookEntity entity, WebhookRequest request) {
        boolean enabling = Boolean.TRUE.equals(request.enabled()) && entity.enabled != 1;
        entity.name = request.name();
        entity.url = request.url();
        entity.events = String.join(",", request.events());
        entity.enabled = Boolean.TRUE.equals(request.enabled()) ? 1 : 0;
        if (enabling) {
            entity.consecutiveFailures = 0;
            entity.disabledReason = null;
        } else if (entity.enabled == 0 && entity.disabledReason == null) {
            entity.disabledReason = DISABLED_BY_USER;
        }
        entity.updatedAt = LocalDateTime.now(clock);
    }

    private static WebhookEntity find(EntityManager em, String id, OptionalLong expectedVersion) {
        WebhookEntity entity = em.find(WebhookEntity.class, id);
        if (entity == null) {
            throw new RecordNotFoundException(RECORD_TYPE, id);
        }
        if (expectedVersion.isPresent() && expectedVersion.getAsLong() != entity.version) {
            throw new VersionConflictException(id, expectedVersion.getAsLong(), entity.version);
        }
        return entity;
    }

    private static Webhook view(WebhookEntity entity, String secret) {
        List<String> events = entity.events.isEmpty() ? List.of() : Arrays.asList(entity.events.split(","));
        return new Webhook(entity.id, entity.name, entity.url, List.copyOf(events), entity.enabled == 1, entity.disabledReason,
                entity.consecutiveFailures, entity.version, entity.createdAt.toInstant(ZoneOffset.UTC),
                entity.updatedAt.toInstant(ZoneOffset.UTC), secret);
    }

    private String newSecret() {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return "whsec_" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static String abbreviate(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
