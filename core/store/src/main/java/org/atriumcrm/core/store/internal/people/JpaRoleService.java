package org.atriumcrm.core.store.internal.people;

import org.atriumcrm.core.api.FieldError;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.regex.Pattern;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.atriumcrm.core.api.ValidationException;
import org.atriumcrm.core.api.security.AuditAction;
import org.atriumcrm.core.api.security.AuditTrail;
import org.atriumcrm.core.api.security.Grant;
import org.atriumcrm.core.api.security.Role;
import org.atriumcrm.core.api.security.RoleDraft;
import org.atriumcrm.core.api.security.RoleService;
import org.atriumcrm.core.store.internal.clients.JpaClientService;
import org.atriumcrm.core.store.internal.schema.CoreSchema;
import org.atriumcrm.core.store.internal.support.FieldChecks;
import org.atriumcrm.core.store.internal.support.Records;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** {@link RoleService} on the core persistence unit; every change goes to the audit trail. */
@Component(service = RoleService.class)
public class JpaRoleService implements RoleService {

    private static final Pattern ID = Pattern.compile("[a-z][a-z0-9-]{1,49}");
    private static final Pattern SECTION = Pattern.compile("[a-z][a-z0-9-]{0,49}");

    private final JpaTemplate jpa;
    private final AuditTrail audit;

    @Activate
    public JpaRoleService(@Reference(target = JpaClientService.UNIT_FILTER) JpaTemplate jpa, @Reference CoreSchema schema,
                          @Reference AuditTrail audit) {
        this.jpa = jpa;
        this.audit = audit;
    }

    @Override
    public List<Role> list() {
        return jpa.txExpr(TransactionType.Supports, em -> em.createQuery("SELECT r FROM RoleEntity r ORDER BY r.id",
                RoleEntity.class).getResultList().stream().map(RoleEntity::toRole).toList());
    }

    @Override
    public Optional<Role> get(String id) {
        return jpa.txExpr(TransactionType.Supports, em -> Optional.ofNullable(em.find(RoleEntity.class, id)).map(RoleEntity::toRole));
    }

    @Override
    public Role create(RoleDraft draft) {
        String label = check(draft);
        if (draft.id() == null || !ID.matcher(draft.id()).matches()) {
            throw ValidationException.of("id", "must be 2 to 50 lower-case letters, digits or -, starting with a letter");
        }
        return jpa.txExpr(TransactionType.Required, em -> {
            if (em.find(RoleEntity.class, draft.id()) != null) {
                throw ValidationException.of(FieldError.of("id", "taken", "is taken"));
            }
            RoleEntity entity = new RoleEntity(draft.id());
            entity.apply(label, draft.grants());
            em.persist(entity);
            em.flush();
            Role created = entity.toRole();
            audit.record(AuditAction.CREATE, RECORD_TYPE, created.id(), null, created);
            return created;
        });
    }

    @Override
    public Role update(String id, RoleDraft draft, OptionalLong expectedVersion) {
        String label = check(draft);
        refuseAdmin(id, "changed");
        return Records.translatingConflicts(jpa, RoleEntity.class, RECORD_TYPE, id, expectedVersion,
                () -> jpa.txExpr(TransactionType.Required, em -> {
            RoleEntity entity = Records.current(em, RoleEntity.class, RECORD_TYPE, id, expectedVersion);
            Role before = entity.toRole();
            entity.apply(label, draft.grants());
            em.flush();
            Role after = entity.toRole();
            audit.record(AuditAction.UPDATE, RECORD_TYPE, id, before, after);
            return after;
        }));
    }

    @Override
    public void delete(String id, OptionalLong expectedVersion) {
        Records.translatingConflicts(jpa, RoleEntity.class, RECORD_TYPE, id, expectedVersion,
                () -> jpa.txExpr(TransactionType.Required, em -> {
            RoleEntity entity = Records.current(em, RoleEntity.class, RECORD_TYPE, id, expectedVersion);
            if (entity.builtIn()) {
                throw ValidationException.of("id", "is a built-in role and cannot be deleted");
            }
            long holders = em.createQuery("SELECT COUNT(u) FROM UserEntity u JOIN u.roles r WHERE r = :role", Long.class)
                    .setParameter("role", id).getSingleResult();
            if (holders > 0) {
                throw ValidationException.of("id", holders + " users still have this role");
            }
            Role before = entity.toRole();
            em.remove(entity);
            em.flush();
            audit.record(AuditAction.DELETE, RECORD_TYPE, id, before, null);
            return id;
        }));
    }

    private static void refuseAdmin(String id, String what) {
        if (Role.ADMIN.equals(id)) {
            throw ValidationException.of("id", "the admin role may do everything and cannot be " + what);
        }
    }

    /** @return the trimmed label */
    private static String check(RoleDraft draft) {
        FieldChecks checks = new FieldChecks();
        String label = checks.required("label", draft.label(), 200);
        draft.grants().forEach((section, grant) -> {
            if (section == null || !SECTION.matcher(section).matches()) {
                checks.add("grants", "has a section id that is not lower-case letters, digits or -: " + section);
            } else if (grant == null) {
                checks.add("grants." + section, FieldError.REQUIRED, "is required");
            } else {
                checkGrant(checks, "grants." + section, grant);
            }
        });
        checks.throwIfAny();
        return label;
    }

    private static void checkGrant(FieldChecks checks, String field, Grant grant) {
        if (grant.hiddenFields().stream().anyMatch(hidden -> hidden.isBlank() || hidden.contains(","))) {
            checks.add(field + ".hiddenFields", "holds a blank name or one with a comma");
        }
    }
}
