package org.atriumcrm.core.automation.internal.rules;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import javax.persistence.EntityManager;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.atriumcrm.core.api.RecordNotFoundException;
import org.atriumcrm.core.api.VersionConflictException;
import org.atriumcrm.core.automation.internal.AutomationSchema;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Rules and their versions in {@code atr_auto_rule} and {@code atr_auto_rule_version}. A change of a
 * definition writes a new version and makes it current; runs keep naming the version they ran.
 * Enabling or disabling alone changes no definition and writes no version.
 */
@Component(service = RuleStore.class)
public class RuleStore {

    private final JpaTemplate jpa;
    private final SavedFilters filters;
    private final Clock clock;
    /** Definitions by rule and version, parsed once: a version, once written, never changes. */
    private final Map<String, RuleDefinition> definitions = new ConcurrentHashMap<>();

    /** @param filters bound into the saved filter conditions of each definition read, which ask them as they are evaluated */
    @Activate
    public RuleStore(@Reference AutomationSchema schema, @Reference(target = AutomationSchema.UNIT_FILTER) JpaTemplate jpa,
            @Reference SavedFilters filters) {
        this(jpa, filters, Clock.systemUTC());
    }

    RuleStore(JpaTemplate jpa, SavedFilters filters, Clock clock) {
        this.jpa = jpa;
        this.filters = filters;
        this.clock = clock;
    }

    public StoredRule create(RuleDefinition definition, boolean enabled, String userId) {
        String id = UUID.randomUUID().toString();
        LocalDateTime now = LocalDateTime.now(clock);
        return jpa.txExpr(TransactionType.Required, em -> {
            RuleEntity rule = new RuleEntity(id, definition.name(), enabled, now);
            em.persist(rule);
            em.persist(new RuleVersionEntity(id, 1, definition.trigger().type(), DefinitionJson.write(definition), now, userId));
            return stored(rule, definition);
        });
    }

    /**
     * @param expectedVersion the definition's version the caller edited (its ETag): a definition
     *        changed meanwhile answers a conflict instead of being overwritten
     */
    public StoredRule update(String id, RuleDefinition definition, boolean enabled, String userId, OptionalLong expectedVersion) {
        LocalDateTime now = LocalDateTime.now(clock);
        return jpa.txExpr(TransactionType.Required, em -> {
            RuleEntity rule = find(em, id);
            if (expectedVersion.isPresent() && expectedVersion.getAsLong() != rule.currentVersion()) {
                throw new VersionConflictException(id, expectedVersion.getAsLong(), rule.currentVersion());
            }
            RuleDefinition current = version(em, id, rule.currentVersion());
            int version = rule.currentVersion();
            if (!current.equals(definition)) {
                version++;
                em.persist(new RuleVersionEntity(id, version, definition.trigger().type(), DefinitionJson.write(definition), now, userId));
            }
            rule.changed(definition.name(), enabled, version, now);
            return stored(rule, definition);
        });
    }

    public Optional<StoredRule> get(String id) {
        return jpa.txExpr(TransactionType.Supports, em -> Optional.ofNullable(em.find(RuleEntity.class, id))
                .map(rule -> stored(rule, version(em, id, rule.currentVersion()))));
    }

    public List<StoredRule> all() {
        return jpa.txExpr(TransactionType.Supports, em -> em
                .createQuery("SELECT r FROM RuleEntity r ORDER BY r.createdAt", RuleEntity.class)
                .getResultList().stream()
                .map(rule -> stored(rule, version(em, rule.id(), rule.currentVersion())))
                .toList());
    }

    public List<StoredRule> enabled() {
        return jpa.txExpr(TransactionType.Supports, em -> em
                .createQuery("SELECT r FROM RuleEntity r WHERE r.enabled = 1", RuleEntity.class)
                .getResultList().stream()
                .map(rule -> stored(rule, version(em, rule.id(), rule.currentVersion())))
                .toList());
    }

    /** The definition a run refers to, whatever the rule's current version is. */
    public Optional<RuleDefinition> version(String ruleId, int version) {
        RuleDefinition known = definitions.get(key(ruleId, version));
        if (known != null) {
            return Optional.of(known);
        }
        return jpa.txExpr(TransactionType.Supports, em -> Optional
                .ofNullable(em.find(RuleVersionEntity.class, new RuleVersionId(ruleId, version)))
                .map(found -> remembered(ruleId, version, found)));
    }

    private static RuleEntity find(EntityManager em, String id) {
        RuleEntity rule = em.find(RuleEntity.class, id);
        if (rule == null) {
            throw new RecordNotFoundException("rule", id);
        }
        return rule;
    }

    private RuleDefinition version(EntityManager em, String ruleId, int version) {
        RuleDefinition known = definitions.get(key(ruleId, version));
        return known != null ? known : remembered(ruleId, version, em.find(RuleVersionEntity.class, new RuleVersionId(ruleId, version)));
    }

    private RuleDefinition remembered(String ruleId, int version, RuleVersionEntity stored) {
        RuleDefinition definition = DefinitionJson.read(stored.definition(), filters);
        definitions.put(key(ruleId, version), definition);
        return definition;
    }

    private static String key(String ruleId, int version) {
        return ruleId + "#" + version;
    }

    private static StoredRule stored(RuleEntity rule, RuleDefinition definition) {
        return new StoredRule(rule.id(), rule.enabled(), rule.currentVersion(), definition,
                rule.createdAt().toInstant(ZoneOffset.UTC), rule.updatedAt().toInstant(ZoneOffset.UTC));
    }
}
