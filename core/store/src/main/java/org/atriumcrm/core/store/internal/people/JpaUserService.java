package org.atriumcrm.core.store.internal.people;

import org.atriumcrm.core.api.FieldError;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

import javax.persistence.EntityManager;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.atriumcrm.core.api.Page;
import org.atriumcrm.core.api.ValidationException;
import org.atriumcrm.core.api.security.AuditAction;
import org.atriumcrm.core.api.security.AuditTrail;
import org.atriumcrm.core.api.security.Role;
import org.atriumcrm.core.api.security.User;
import org.atriumcrm.core.api.security.UserDraft;
import org.atriumcrm.core.api.security.UserService;
import org.atriumcrm.core.store.internal.clients.JpaClientService;
import org.atriumcrm.core.store.internal.schema.CoreSchema;
import org.atriumcrm.core.store.internal.support.Cursor;
import org.atriumcrm.core.store.internal.support.Queries;
import org.atriumcrm.core.store.internal.support.Records;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** {@link UserService} on the core persistence unit; every change goes to the audit trail. */
@Component(service = UserService.class)
public class JpaUserService implements UserService {

    private static final String ORDER = "username";

    private final JpaTemplate jpa;
    private final AuditTrail audit;

    @Activate
    public JpaUserService(@Reference(target = JpaClientService.UNIT_FILTER) JpaTemplate jpa, @Reference CoreSchema schema,
                          @Reference AuditTrail audit) {
        this.jpa = jpa;
        this.audit = audit;
    }

    @Override
    public User create(UserDraft draft) {
        return jpa.txExpr(TransactionType.Required, em -> {
            UserChecks.Valid user = UserChecks.check(draft, roleIds(em));
            refuseTakenUsername(em, user.username(), null);
            LocalDateTime now = Records.now();
            UserEntity entity = new UserEntity(Records.newId(), now);
            entity.apply(user, now);
            em.persist(entity);
            em.flush();
            User created = entity.toUser();
            audit.record(AuditAction.CREATE, RECORD_TYPE, created.id(), null, created);
            return created;
        });
    }

    @Override
    public Optional<User> get(String id) {
        return jpa.txExpr(TransactionType.Supports, em -> Optional.ofNullable(em.find(UserEntity.class, id)).map(UserEntity::toUser));
    }

    @Override
    public Optional<User> byUsername(String username) {
        return jpa.txExpr(TransactionType.Supports, em -> em.createQuery(
                        "SELECT u FROM UserEntity u WHERE u.usernameKey = :key", UserEntity.class)
                .setParameter("key", UserEntity.key(username)).getResultList().stream().findFirst().map(UserEntity::toUser));
    }

    @Override
    public User update(String id, UserDraft draft, OptionalLong expectedVersion) {
        return Records.translatingConflicts(jpa, UserEntity.class, RECORD_TYPE, id, expectedVersion,
                () -> jpa.txExpr(TransactionType.Required, em -> {
            UserEntity entity = Records.current(em, UserEntity.class, RECORD_TYPE, id, expectedVersion);
            UserChecks.Valid user = UserChecks.check(draft, roleIds(em));
            refuseTakenUsername(em, user.username(), id);
            User before = entity.toUser();
            if (before.roles().contains(Role.ADMIN) && !(user.active() && user.roles().contains(Role.ADMIN))
                    && activeAdmins(em) <= 1) {
                throw ValidationException.of("roles", "would leave Atrium without an active admin");
            }
            entity.apply(user, Records.now());
            em.flush();
            User after = entity.toUser();
            audit.record(AuditAction.UPDATE, RECORD_TYPE, id, before, after);
            return after;
        }));
    }

    @Override
    public Page<User> find(String text, int limit, String after) {
        Queries.checkLimit(limit);
        Cursor cursor = Cursor.decode(after, ORDER);
        return jpa.txExpr(TransactionType.Supports, em -> {
            StringBuilder jpql = new StringBuilder("SELECT u FROM UserEntity u WHERE 1 = 1");
            Map<String, Object> parameters = new HashMap<>();
            if (text != null && !text.isBlank()) {
                jpql.append(" AND (u.usernameKey LIKE :prefix OR LOWER(u.displayName) LIKE :prefix)");
                parameters.put("prefix", UserEntity.key(text.strip()).replace("%", "").replace("_", "") + "%");
            }
            if (cursor != null) {
                jpql.append(" AND u.usernameKey > :after");
                parameters.put("after", cursor.value());
            }
            jpql.append(" ORDER BY u.usernameKey");
            var select = em.createQuery(jpql.toString(), UserEntity.class).setMaxResults(limit + 1);
            parameters.forEach(select::setParameter);
            return Queries.page(select.getResultList(), limit, UserEntity::toUser,
                    last -> new Cursor(ORDER, UserEntity.key(last.username()), last.id()));
        });
    }

    @Override
    public List<String> teamMembers(String team) {
        if (team == null) {
            return List.of();
        }
        return jpa.txExpr(TransactionType.Supports, em -> em.createQuery(
                        "SELECT u.id FROM UserEntity u WHERE u.team = :team AND u.active = :active", String.class)
                .setParameter("team", team).setParameter("active", true).getResultList());
    }

    @Override
    public boolean hasAdmin() {
        return jpa.txExpr(TransactionType.Supports, em -> activeAdmins(em) > 0);
    }

    private static long activeAdmins(EntityManager em) {
        return em.createQuery("SELECT COUNT(u) FROM UserEntity u JOIN u.roles r WHERE r = :admin AND u.active = :active",
                Long.class).setParameter("admin", Role.ADMIN).setParameter("active", true).getSingleResult();
    }

    private static Set<String> roleIds(EntityManager em) {
        return new HashSet<>(em.createQuery("SELECT r.id FROM RoleEntity r", String.class).getResultList());
    }

    private static void refuseTakenUsername(EntityManager em, String username, String ownId) {
        List<String> holders = em.createQuery("SELECT u.id FROM UserEntity u WHERE u.usernameKey = :key", String.class)
                .setParameter("key", UserEntity.key(username)).getResultList();
        if (holders.stream().anyMatch(holder -> !holder.equals(ownId))) {
            throw ValidationException.of(FieldError.of("username", "taken", "is taken"));
        }
    }
}
