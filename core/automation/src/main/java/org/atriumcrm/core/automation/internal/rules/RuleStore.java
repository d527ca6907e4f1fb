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
import java.util.concurrent.atomic.AtomicLong;

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
 * Rules and their versions in {@code atr_auto_rule} and {@code atr_auto_rule_version}. A change of a
 * definition writes a new version and makes it current; runs keep naming the version they ran.
 * Enabling or disabling alone changes no definition and writes no version. A deleted rule is kept,
 * switched off, with its versions, because its runs stay in the log: no list, look-up or run sees it.
 */
@Component(service = RuleStore.class)
public class RuleStore {

    static final String RECORD_TYPE = "rule";

    private final JpaTemplate jpa;
    private final SavedFilters filters;
    private final AuditTrail audit;
    private final Clock clock;
    /** Definitions by rule and version, parsed once: a version, once written, never changes. */
    private final Map<String, RuleDefinition> definitions = new ConcurrentHashMap<>();
    /** The enabled rules as last read; none until read, or once a change on this node made them stale. */
    private volatile EnabledRules enabled;
    /** Counts this node's changes of rules, so a read that overlapped one is not kept. */
    private final AtomicLong changes = new AtomicLong();

    /** @param filters bound into the saved filter conditions of each definition read, which ask them as they are evaluated */
    @Activate
    public RuleStore(@Reference AutomationSchema schema, @Reference(target = AutomationSchema.UNIT_FILTER) JpaTemplate jpa,
            @Reference SavedFilters filters, @Reference AuditTrail audit) {
        this(jpa, filters, audit, Clock.systemUTC());
    }

    RuleStore(JpaTemplate jpa, SavedFilters filters, AuditTrail audit, Clock clock) {
        this.jpa = jpa;
        this.filters = filters;
        this.audit = audit;
        this.clock = clock;
    }

    public StoredRule create(RuleDefinition definition, boolean enabled, String userId) {
        String id = UUID.randomUUID().toString();
        LocalDateTime now = LocalDateTime.now(clock);
        return changed(jpa.txExpr(TransactionType.Required, em -> {
            RuleEntity rule = new RuleEntity(id, definition.name(), enabled, now);
            em.persist(rule);
            em.persist(new RuleVersionEntity(id, 1, definition.trigger().type(), DefinitionJson.write(definition), now, userId));
            StoredRule created = stored(rule, definition);
            audit.record(AuditAction.CREATE, RECORD_TYPE, id, null, created);
            return created;
        }));
    }

    /**
     * @param expectedVersion the definition's version the caller edited (its ETag): a definition
     *        changed meanwhile answers a conflict instead of being overwritten
     */
    public StoredRule update(String id, RuleDefinition definition, boolean enabled, String userId, OptionalLong expectedVersion) {
        LocalDateTime now = LocalDateTime.now(clock);
        return changed(jpa.txExpr(TransactionType.Required, em -> {
            RuleEntity rule = find(em, id, expectedVersion);
            RuleDefinition current = version(em, id, rule.currentVersion());
            StoredRule before = stored(rule, current);
            int version = rule.currentVersion();
            if (!current.equals(definition)) {
                version++;
                em.persist(new RuleVersionEntity(id, version, definition.trigger().type(), DefinitionJson.write(definition), now, userId));
            }
            rule.changed(definition.name(), enabled, version, now);
            StoredRule after = stored(rule, definition);
            // each changed part of the definition is a change of its own (definition.actions[0].arguments.tag)
            audit.record(AuditAction.UPDATE, RECORD_TYPE, id, before, after);
            return after;
        }));
    }

    /**
     * Deletes the rule: it fires no more, its queued and retrying runs give up, and its runs stay in the log.
     *
     * @param expectedVersion the definition's version the caller saw (its ETag), if it sent one
     */
    public void delete(String id, OptionalLong expectedVersion) {
        LocalDateTime now = LocalDateTime.now(clock);
        jpa.tx(TransactionType.Required, em -> {
            RuleEntity rule = find(em, id, expectedVersion);
            Map<String, Object> before = Map.of("name", rule.name(), "enabled", rule.enabled(), "version", rule.currentVersion());
            rule.delete(now);
            audit.record(AuditAction.DELETE, RECORD_TYPE, id, before, null);
        });
        // after the commit: a run's attempt in between would read the rule still there and remember it again
        definitions.keySet().removeIf(key -> key.startsWith(keyPrefix(id)));
        changed(id);
    }

    public Optional<StoredRule> get(String id) {
        return jpa.txExpr(TransactionType.Supports, em -> Optional.ofNullable(em.find(RuleEntity.class, id))
                .filter(rule -> !rule.deleted())
                .map(rule -> stored(rule, version(em, id, rule.currentVersion()))));
    }

    /** Every version of the rule, the newest first, without their definitions. */
    public List<RuleVersion> versions(String id) {
        return jpa.txExpr(TransactionType.Supports, em -> {
            RuleEntity rule = find(em, id, OptionalLong.empty());
            return em.createQuery("SELECT v FROM RuleVersionEntity v WHERE v.ruleId = :rule ORDER BY v.version DESC",
                            RuleVersionEntity.class)
                    .setParameter("rule", id).getResultList().stream()
                    .map(version -> view(rule, version, null)).toList();
        });
    }

    /** One version of the rule with its definition. */
    public RuleVersion version(String id, int number) {
        return jpa.txExpr(TransactionType.Supports, em -> {
            RuleEntity rule = find(em, id, OptionalLong.empty());
            RuleVersionEntity version = em.find(RuleVersionEntity.class, new RuleVersionId(id, number));
            if (version == null) {
                throw new RecordNotFoundException("rule version", id + " version " + number);
            }
            return view(rule, version, RuleVersion.Definition.of(version(em, id, number)));
        });
    }

    public List<StoredRule> all() {
        return jpa.txExpr(TransactionType.Supports, em -> em
                .createQuery("SELECT r FROM RuleEntity r WHERE r.deletedAt IS NULL ORDER BY r.createdAt", RuleEntity.class)
                .getResultList().stream()
                .map(rule -> stored(rule, version(em, rule.id(), rule.currentVersion())))
                .toList());
    }

    /**
     * The enabled rules. Every event asks for them and rules change rarely, so they are read again at
     * most every {@link EnabledRules#FRESH_NANOS}: a change made on this node is seen at once, one made
     * on another node sharing the database within that time.
     */
    public List<StoredRule> enabled() {
        EnabledRules known = enabled;
        long now = System.nanoTime();
        if (known != null && known.freshAt(now)) {
            return known.rules();
        }
        long changesBefore = changes.get();
        List<StoredRule> read = jpa.txExpr(TransactionType.Supports, em -> em
                .createQuery("SELECT r FROM RuleEntity r WHERE r.enabled = 1 AND r.deletedAt IS NULL", RuleEntity.class)
                .getResultList().stream()
                .map(rule -> stored(rule, version(em, rule.id(), rule.currentVersion())))
                .toList());
        if (changes.get() == changesBefore) {
            enabled = new EnabledRules(read, now);
        }
        return read;
    }

    /** After a change of a rule is committed: the next event reads the enabled rules again. */
    private <T> T changed(T result) {
        changes.incrementAndGet();
        enabled = null;
        return result;
    }

    /**
     * The definition a run refers to, whatever the rule's current version is; none once the rule is
     * deleted (deleting forgets the definitions this node remembers; another node's run of the rule
     * may still make the attempts that node has the definition for).
     */
    public Optional<RuleDefinition> definition(String ruleId, int version) {
        RuleDefinition known = definitions.get(key(ruleId, version));
        if (known != null) {
            return Optional.of(known);
        }
        return jpa.txExpr(TransactionType.Supports, em -> Optional.ofNullable(em.find(RuleEntity.class, ruleId))
                .filter(rule -> !rule.deleted())
                .map(rule -> em.find(RuleVersionEntity.class, new RuleVersionId(ruleId, version)))
                .map(found -> remembered(ruleId, version, found)));
    }

    /** The rule, unless it is deleted; with an expected version, only while that is still its current one. */
    private static RuleEntity find(EntityManager em, String id, OptionalLong expectedVersion) {
        RuleEntity rule = em.find(RuleEntity.class, id);
        if (rule == null || rule.deleted()) {
            throw new RecordNotFoundException("rule", id);
        }
        if (expectedVersion.isPresent() && expectedVersion.getAsLong() != rule.currentVersion()) {
            throw new VersionConflictException(id, expectedVersion.getAsLong(), rule.currentVersion());
        }
        return rule;
    }

    private static RuleVersion view(RuleEntity rule, RuleVersionEntity version, RuleVersion.Definition definition) {
        return new RuleVersion(version.version(), version.version() == rule.currentVersion(),
                version.createdAt().toInstant(ZoneOffset.UTC), version.createdBy(), null, version.triggerType(), definition);
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
        return keyPrefix(ruleId) + version;
    }

    private static String keyPrefix(String ruleId) {
        return ruleId + "#";
    }

    private static StoredRule stored(RuleEntity rule, RuleDefinition definition) {
        return new StoredRule(rule.id(), rule.enabled(), rule.currentVersion(), definition,
                rule.createdAt().toInstant(ZoneOffset.UTC), rule.updatedAt().toInstant(ZoneOffset.UTC));
    }
}
