package org.atriumcrm.core.store.internal.fields;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.atriumcrm.core.api.CustomField;
import org.atriumcrm.core.api.CustomFieldDraft;
import org.atriumcrm.core.api.CustomFieldService;
import org.atriumcrm.core.api.FieldError;
import org.atriumcrm.core.api.RecordKind;
import org.atriumcrm.core.api.ValidationException;
import org.atriumcrm.core.api.security.AuditAction;
import org.atriumcrm.core.api.security.AuditTrail;
import org.atriumcrm.core.store.internal.clients.JpaClientService;
import org.atriumcrm.core.store.internal.clients.PartsDocumentColumn;
import org.atriumcrm.core.store.internal.schema.CoreSchema;
import org.atriumcrm.core.store.internal.search.SearchKeys;
import org.atriumcrm.core.store.internal.support.Records;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** {@link CustomFieldService} on the core persistence unit. */
@Component(service = CustomFieldService.class)
public class JpaCustomFieldService implements CustomFieldService {

    private final JpaTemplate jpa;
    private final AuditTrail audit;
    private final CustomFieldDefinitions definitions;

    @Activate
    public JpaCustomFieldService(@Reference(target = JpaClientService.UNIT_FILTER) JpaTemplate jpa,
                                 @Reference CoreSchema schema,
                                 @Reference AuditTrail audit,
                                 @Reference CustomFieldDefinitions definitions) {
        this.jpa = jpa;
        this.audit = audit;
        this.definitions = definitions;
    }

    @Override
    public CustomField define(CustomFieldDraft draft) {
        CustomFieldDraft valid = CustomFieldChecks.validate(draft);
        return jpa.txExpr(TransactionType.Required, em -> {
            boolean taken = CustomValues.definitions(em, valid.recordKind()).stream()
                    .anyMatch(field -> field.key().equalsIgnoreCase(valid.key()));
            if (taken) {
                throw ValidationException.of("key", "is already a custom field of this kind");
            }
            CustomFieldEntity field = new CustomFieldEntity(Records.newId(), valid, Records.now());
            definitions.changing();
            em.persist(field);
            em.flush();
            CustomField created = field.toCustomField();
            audit.record(AuditAction.CREATE, RECORD_TYPE, created.id(), null, created);
            return created;
        });
    }

    @Override
    public Optional<CustomField> get(String id) {
        return jpa.txExpr(TransactionType.Supports,
                em -> Optional.ofNullable(em.find(CustomFieldEntity.class, id)).map(CustomFieldEntity::toCustomField));
    }

    @Override
    public List<CustomField> list(RecordKind kind) {
        return definitions.of(kind);
    }

    @Override
    public CustomField update(String id, CustomFieldDraft draft, OptionalLong expectedVersion) {
        CustomFieldDraft valid = CustomFieldChecks.validate(draft);
        return Records.translatingConflicts(jpa, CustomFieldEntity.class, RECORD_TYPE, id, expectedVersion,
                () -> jpa.txExpr(TransactionType.Required, em -> {
            CustomFieldEntity field = Records.current(em, CustomFieldEntity.class, RECORD_TYPE, id, expectedVersion);
            CustomField current = field.toCustomField();
            List<FieldError> fixed = new ArrayList<>();
            if (current.recordKind() != valid.recordKind()) {
                fixed.add(new FieldError("recordKind", "cannot change; define a new field instead"));
            }
            if (!current.key().equals(valid.key())) {
                fixed.add(new FieldError("key", "cannot change; define a new field instead"));
            }
            if (current.type() != valid.type()) {
                fixed.add(new FieldError("type", "cannot change; define a new field instead"));
            }
            if (!fixed.isEmpty()) {
                throw new ValidationException(fixed);
            }
            definitions.changing();
            field.apply(valid);
            em.flush();
            CustomField after = field.toCustomField();
            audit.record(AuditAction.UPDATE, RECORD_TYPE, id, current, after);
            return after;
        }));
    }

    @Override
    public void delete(String id, OptionalLong expectedVersion) {
        Records.translatingConflicts(jpa, CustomFieldEntity.class, RECORD_TYPE, id, expectedVersion,
                () -> jpa.txExpr(TransactionType.Required, em -> {
            CustomFieldEntity field = Records.current(em, CustomFieldEntity.class, RECORD_TYPE, id, expectedVersion);
            CustomField definition = field.toCustomField();
            if (definition.recordKind() == RecordKind.CLIENT) {
                PartsDocumentColumn.forgetCustomField(em, definition.key());
            }
            em.createQuery("DELETE FROM CustomValueEntity v WHERE v.recordKind = :kind AND v.fieldKey = :key")
                    .setParameter("kind", definition.recordKind()).setParameter("key", definition.key()).executeUpdate();
            if (definition.recordKind() == RecordKind.CLIENT) {
                SearchKeys.forgetCustomField(em, definition.key());
            }
            definitions.changing();
            em.remove(field);
            audit.record(AuditAction.DELETE, RECORD_TYPE, id, definition, null);
            return id;
        }));
    }
}
