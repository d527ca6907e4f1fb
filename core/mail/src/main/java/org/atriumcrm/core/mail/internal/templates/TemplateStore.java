package org.atriumcrm.core.mail.internal.templates;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.atriumcrm.core.api.RecordNotFoundException;
import org.atriumcrm.core.api.VersionConflictException;
import org.atriumcrm.core.mail.internal.MailSchema;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Stores templates (checked before they come here); a change bumps the version, {@code If-Match} is checked. */
@Component(service = TemplateStore.class)
public class TemplateStore {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<Map<String, Variant>> VARIANTS = new TypeReference<>() {
    };

    private final JpaTemplate jpa;

    @Activate
    public TemplateStore(@Reference MailSchema schema, @Reference(target = MailSchema.UNIT_FILTER) JpaTemplate jpa) {
        this.jpa = jpa;
    }

    public Template create(TemplateRequest request) {
        return jpa.txExpr(TransactionType.Required, em -> {
            TemplateEntity entity = new TemplateEntity(UUID.randomUUID().toString(), now());
            entity.set(request.name(), write(request.variants()), now());
            em.persist(entity);
            em.flush();
            return of(entity);
        });
    }

    public Template update(String id, TemplateRequest request, OptionalLong expectedVersion) {
        return jpa.txExpr(TransactionType.Required, em -> {
            TemplateEntity entity = found(em.find(TemplateEntity.class, id), id);
            checkVersion(entity, expectedVersion);
            entity.set(request.name(), write(request.variants()), now());
            em.flush();
            return of(entity);
        });
    }

    public void delete(String id, OptionalLong expectedVersion) {
        jpa.tx(TransactionType.Required, em -> {
            TemplateEntity entity = found(em.find(TemplateEntity.class, id), id);
            checkVersion(entity, expectedVersion);
            em.remove(entity);
        });
    }

    public Optional<Template> get(String id) {
        return jpa.txExpr(TransactionType.Supports, em -> Optional.ofNullable(em.find(TemplateEntity.class, id)).map(TemplateStore::of));
    }

    public List<Template> all() {
        return jpa.txExpr(TransactionType.Supports, em -> em
                .createQuery("SELECT t FROM TemplateEntity t ORDER BY t.name, t.id", TemplateEntity.class)
                .setMaxResults(500).getResultList().stream().map(TemplateStore::of).toList());
    }

    private static TemplateEntity found(TemplateEntity entity, String id) {
        if (entity == null) {
            throw new RecordNotFoundException("template", id);
        }
        return entity;
    }

    private static void checkVersion(TemplateEntity entity, OptionalLong expectedVersion) {
        if (expectedVersion.isPresent() && expectedVersion.getAsLong() != entity.version()) {
            throw new VersionConflictException(entity.id(), expectedVersion.getAsLong(), entity.version());
        }
    }

    private static Template of(TemplateEntity entity) {
        try {
            return new Template(entity.id(), entity.name(), JSON.readValue(entity.variants(), VARIANTS), entity.version(),
                    entity.createdAt().toInstant(ZoneOffset.UTC), entity.updatedAt().toInstant(ZoneOffset.UTC));
        } catch (JsonProcessingException broken) {
            throw new IllegalStateException("template " + entity.id() + " has unreadable variants", broken);
        }
    }

    private static String write(Map<String, Variant> variants) {
        try {
            return JSON.writeValueAsString(variants);
        } catch (JsonProcessingException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    private static LocalDateTime now() {
        return LocalDateTime.now(ZoneOffset.UTC);
    }
}
