package org.atriumcrm.core.automation.internal.forms;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
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

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Web forms in {@code atr_auto_form} (checked before they come here) and their accepted submissions. */
@Component(service = FormStore.class)
public class FormStore {

    static final String RECORD_TYPE = "form";
    private static final ObjectMapper JSON = new ObjectMapper().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private final Clock clock = Clock.systemUTC();
    private final JpaTemplate jpa;
    private final AuditTrail audit;

    /** What is stored as JSON beside the name and {@code enabled}. */
    public record Definition(List<FormField> fields, Consent consent, String thankYouText, List<String> allowedOrigins,
            String responsibleManagerId, String language) {
    }

    @Activate
    public FormStore(@Reference AutomationSchema automation, @Reference FormSchema schema,
            @Reference(target = AutomationSchema.UNIT_FILTER) JpaTemplate jpa, @Reference AuditTrail audit) {
        this.jpa = jpa;
        this.audit = audit;
    }

    public WebForm create(FormRequest request) {
        FormEntity entity = new FormEntity();
        entity.id = UUID.randomUUID().toString();
        entity.createdAt = LocalDateTime.now(clock);
        apply(entity, request);
        return jpa.txExpr(TransactionType.Required, em -> {
            em.persist(entity);
            em.flush();
            WebForm created = view(entity);
            audit.record(AuditAction.CREATE, RECORD_TYPE, entity.id, null, created);
            return created;
        });
    }

    public WebForm update(String id, FormRequest request, OptionalLong expectedVersion) {
        return jpa.txExpr(TransactionType.Required, em -> {
            FormEntity entity = find(em, id, expectedVersion);
            WebForm before = view(entity);
            apply(entity, request);
            em.flush();
            WebForm after = view(entity);
            audit.record(AuditAction.UPDATE, RECORD_TYPE, id, before, after);
            return after;
        });
    }

    /** Removes the form and its submissions; the clients and activities they made stay. */
    public void delete(String id, OptionalLong expectedVersion) {
        jpa.tx(TransactionType.Required, em -> {
            FormEntity entity = find(em, id, expectedVersion);
            WebForm before = view(entity);
            em.createQuery("DELETE FROM SubmissionEntity s WHERE s.formId = :id").setParameter("id", id).executeUpdate();
            em.remove(entity);
            audit.record(AuditAction.DELETE, RECORD_TYPE, id, before, null);
        });
    }

    public Optional<WebForm> get(String id) {
        return jpa.txExpr(TransactionType.Supports, em -> Optional.ofNullable(em.find(FormEntity.class, id)).map(FormStore::view));
    }

    public List<WebForm> all() {
        return jpa.txExpr(TransactionType.Supports, em -> em
                .createQuery("SELECT f FROM FormEntity f ORDER BY f.createdAt", FormEntity.class)
                .setMaxResults(500).getResultList().stream().map(FormStore::view).toList());
    }

    /** Keeps an accepted submission: the consent record. */
    public String recordSubmission(WebForm form, String clientId, boolean clientCreated, Lead lead, String remoteAddress) {
        SubmissionEntity entity = new SubmissionEntity();
        entity.id = UUID.randomUUID().toString();
        entity.formId = form.id();
        entity.clientId = clientId;
        entity.clientCreated = clientCreated ? 1 : 0;
        entity.consentGiven = lead.consentGiven() ? 1 : 0;
        entity.consentText = form.consent() == null ? null : form.consent().text();
        entity.remoteAddress = remoteAddress;
        entity.values = write(lead.shown());
        entity.submittedAt = LocalDateTime.now(clock);
        jpa.tx(TransactionType.Required, em -> em.persist(entity));
        return entity.id;
    }

    private void apply(FormEntity entity, FormRequest request) {
        entity.name = request.name();
        entity.enabled = request.isEnabled() ? 1 : 0;
        entity.definition = write(new Definition(request.fields(), request.consent(), request.thankYouText(),
                request.allowedOrigins(), request.responsibleManagerId(), request.language()));
        entity.updatedAt = LocalDateTime.now(clock);
    }

    private static FormEntity find(EntityManager em, String id, OptionalLong expectedVersion) {
        FormEntity entity = em.find(FormEntity.class, id);
        if (entity == null) {
            throw new RecordNotFoundException(RECORD_TYPE, id);
        }
        if (expectedVersion.isPresent() && expectedVersion.getAsLong() != entity.version) {
            throw new VersionConflictException(id, expectedVersion.getAsLong(), entity.version);
        }
        return entity;
    }

    private static WebForm view(FormEntity entity) {
        Definition definition;
        try {
            definition = JSON.readValue(entity.definition, Definition.class);
        } catch (JsonProcessingException broken) {
            throw new IllegalStateException("form " + entity.id + " has an unreadable definition", broken);
        }
        return new WebForm(entity.id, entity.name, definition.fields(), definition.consent(), definition.thankYouText(),
                definition.allowedOrigins(), definition.responsibleManagerId(), definition.language(), entity.enabled == 1,
                entity.version, entity.createdAt.toInstant(ZoneOffset.UTC), entity.updatedAt.toInstant(ZoneOffset.UTC));
    }

    private static String write(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
