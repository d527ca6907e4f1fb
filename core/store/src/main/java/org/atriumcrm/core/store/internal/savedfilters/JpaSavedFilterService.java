package org.atriumcrm.core.store.internal.savedfilters;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

import javax.persistence.EntityManager;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.atriumcrm.core.api.CustomField;
import org.atriumcrm.core.api.FieldError;
import org.atriumcrm.core.api.RecordKind;
import org.atriumcrm.core.api.RecordNotFoundException;
import org.atriumcrm.core.api.SavedFilter;
import org.atriumcrm.core.api.SavedFilterDraft;
import org.atriumcrm.core.api.SavedFilterService;
import org.atriumcrm.core.api.ValidationException;
import org.atriumcrm.core.api.security.AccessDeniedException;
import org.atriumcrm.core.api.security.AuditAction;
import org.atriumcrm.core.api.security.AuditTrail;
import org.atriumcrm.core.api.security.Caller;
import org.atriumcrm.core.quality.Normalizer;
import org.atriumcrm.core.store.internal.clients.JpaClientService;
import org.atriumcrm.core.store.internal.fields.CustomFieldDefinitions;
import org.atriumcrm.core.store.internal.schema.CoreSchema;
import org.atriumcrm.core.store.internal.search.ClientFinder;
import org.atriumcrm.core.store.internal.search.SearchTerms;
import org.atriumcrm.core.store.internal.support.Records;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** {@link SavedFilterService} on the core persistence unit. */
@Component(service = SavedFilterService.class)
public class JpaSavedFilterService implements SavedFilterService {

    private final JpaTemplate jpa;
    private final AuditTrail audit;
    private final Normalizer normalizer;
    private final CustomFieldDefinitions definitions;

    @Activate
    public JpaSavedFilterService(@Reference(target = JpaClientService.UNIT_FILTER) JpaTemplate jpa,
                                 @Reference CoreSchema schema,
                                 @Reference AuditTrail audit,
                                 @Reference Normalizer normalizer,
                                 @Reference CustomFieldDefinitions definitions) {
        this.jpa = jpa;
        this.audit = audit;
        this.normalizer = normalizer;
        this.definitions = definitions;
    }

    @Override
    public List<SavedFilter> list() {
        String me = caller();
        return jpa.txExpr(TransactionType.Supports, em -> em
                .createQuery("SELECT f FROM SavedFilterEntity f WHERE f.ownerId = :me OR f.shared = 1 ORDER BY f.name, f.id",
                        SavedFilterEntity.class)
                .setParameter("me", me)
                .getResultList().stream().map(SavedFilterEntity::toSavedFilter).toList());
    }

    @Override
    public Optional<SavedFilter> get(String id) {
        String me = caller();
        return jpa.txExpr(TransactionType.Supports, em -> Optional.ofNullable(em.find(SavedFilterEntity.class, id))
                .map(SavedFilterEntity::toSavedFilter)
                .filter(found -> found.ownerId().equals(me) || found.shared()));
    }

    @Override
    public SavedFilter create(SavedFilterDraft draft) {
        String me = caller();
        return jpa.txExpr(TransactionType.Required, em -> {
            SavedFilterDraft valid = checked(em, draft, me, null, definitions.of(RecordKind.CLIENT));
            SavedFilterEntity entity = new SavedFilterEntity(Records.newId(), me, Records.now());
            entity.apply(valid, Records.now());
            em.persist(entity);
            em.flush();
            SavedFilter created = entity.toSavedFilter();
            audit.record(AuditAction.CREATE, RECORD_TYPE, created.id(), null, created);
            return created;
        });
    }

    @Override
    public SavedFilter update(String id, SavedFilterDraft draft, OptionalLong expectedVersion) {
        String me = caller();
        return Records.translatingConflicts(jpa, SavedFilterEntity.class, RECORD_TYPE, id, expectedVersion,
                () -> jpa.txExpr(TransactionType.Required, em -> {
            SavedFilterEntity entity = owned(em, id, me, expectedVersion);
            SavedFilterDraft valid = checked(em, draft, me, id, definitions.of(RecordKind.CLIENT));
            SavedFilter before = entity.toSavedFilter();
            entity.apply(valid, Records.now());
            em.flush();
            SavedFilter after = entity.toSavedFilter();
            audit.record(AuditAction.UPDATE, RECORD_TYPE, id, before, after);
            return after;
        }));
    }

    @Override
    public void delete(String id, OptionalLong expectedVersion) {
        String me = caller();
        jpa.tx(TransactionType.Required, em -> {
            SavedFilterEntity entity = owned(em, id, me, expectedVersion);
            SavedFilter before = entity.toSavedFilter();
            em.remove(entity);
            audit.record(AuditAction.DELETE, RECORD_TYPE, id, before, null);
        });
    }

    @Override
    public boolean exists(String id) {
        return id != null && jpa.txExpr(TransactionType.Supports, em -> em.find(SavedFilterEntity.class, id) != null);
    }

    @Override
    public boolean matches(String id, String clientId) {
        if (id == null || clientId == null) {
            return false;
        }
        return jpa.txExpr(TransactionType.Supports, em -> {
            SavedFilterEntity entity = em.find(SavedFilterEntity.class, id);
            if (entity == null) {
                return false;
            }
            SavedFilter saved = entity.toSavedFilter();
            Map<String, String> customFilter;
            try {
                customFilter = ClientFinder.customFilter(saved.filter().customFields(), definitions.of(RecordKind.CLIENT));
            } catch (ValidationException fieldRemoved) {
                // a custom field it filters on is gone: the client list refuses the filter as well
                return false;
            }
            // as the system: no caller's scope, no hidden fields, so it means what the list shows
            return ClientFinder.holds(em, saved.filter(), customFilter, SearchTerms.parse(saved.text(), normalizer), clientId);
        });
    }

    private static String caller() {
        return Caller.current().map(Caller::userId)
                .orElseThrow(() -> new AccessDeniedException("saved filters belong to a signed-in user"));
    }

    /**
     * The caller's own filter, at the version it read.
     *
     * @throws RecordNotFoundException when the caller does not see it (another user's, not shared)
     * @throws AccessDeniedException   when it is another user's shared filter
     */
    private static SavedFilterEntity owned(EntityManager em, String id, String me, OptionalLong expectedVersion) {
        SavedFilterEntity entity = em.find(SavedFilterEntity.class, id);
        if (entity == null || !entity.ownerId().equals(me) && !entity.toSavedFilter().shared()) {
            throw new RecordNotFoundException(RECORD_TYPE, id);
        }
        if (!entity.ownerId().equals(me)) {
            throw new AccessDeniedException("is another user's shared filter: only its owner changes or deletes it");
        }
        return Records.current(em, SavedFilterEntity.class, RECORD_TYPE, id, expectedVersion);
    }

    /** The draft checked, with a name none of the owner's other filters has. */
    private static SavedFilterDraft checked(EntityManager em, SavedFilterDraft draft, String owner, String id,
                                            List<CustomField> definitions) {
        SavedFilterDraft valid = SavedFilterChecks.validate(draft, definitions);
        boolean taken = em.createQuery("SELECT f.id FROM SavedFilterEntity f WHERE f.ownerId = :owner AND f.name = :name",
                        String.class)
                .setParameter("owner", owner).setParameter("name", valid.name())
                .getResultList().stream().anyMatch(other -> !other.strip().equals(id));
        if (taken) {
            throw ValidationException.of(FieldError.of("name", "taken", "is taken by another saved filter of yours"));
        }
        return valid;
    }
}
