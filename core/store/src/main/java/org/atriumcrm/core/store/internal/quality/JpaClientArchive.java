package org.atriumcrm.core.store.internal.quality;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.OptionalLong;
import java.util.Set;

import javax.persistence.EntityManager;
import javax.transaction.TransactionSynchronizationRegistry;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.atriumcrm.core.api.Client;
import org.atriumcrm.core.api.ClientArchive;
import org.atriumcrm.core.api.ClientService;
import org.atriumcrm.core.api.CustomField;
import org.atriumcrm.core.api.DeadSoul;
import org.atriumcrm.core.api.DeadSoulQuery;
import org.atriumcrm.core.api.FieldError;
import org.atriumcrm.core.api.LifecycleStatus;
import org.atriumcrm.core.api.Page;
import org.atriumcrm.core.api.RecordKind;
import org.atriumcrm.core.api.StatusChange;
import org.atriumcrm.core.api.ValidationException;
import org.atriumcrm.core.api.security.AuditAction;
import org.atriumcrm.core.api.security.AuditTrail;
import org.atriumcrm.core.api.security.Caller;
import org.atriumcrm.core.event.ClientEvents;
import org.atriumcrm.core.store.internal.clients.ClientEntity;
import org.atriumcrm.core.store.internal.clients.ClientPartRows;
import org.atriumcrm.core.store.internal.clients.ClientParts;
import org.atriumcrm.core.store.internal.clients.JpaClientService;
import org.atriumcrm.core.store.internal.clients.PartsDocumentColumn;
import org.atriumcrm.core.store.internal.clients.StatusChangeEntity;
import org.atriumcrm.core.store.internal.fields.CustomFieldDefinitions;
import org.atriumcrm.core.store.internal.quality.DeadSoulCandidates.Candidate;
import org.atriumcrm.core.store.internal.schema.CoreSchema;
import org.atriumcrm.core.store.internal.support.AfterCommitEvents;
import org.atriumcrm.core.store.internal.support.CoreConfiguration;
import org.atriumcrm.core.store.internal.support.Cursor;
import org.atriumcrm.core.store.internal.support.Queries;
import org.atriumcrm.core.store.internal.support.Records;
import org.atriumcrm.core.store.internal.support.Times;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.event.EventAdmin;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@link ClientArchive} on the core persistence unit, the rule from {@code dead.souls.*} of the core
 * configuration. Archive and restore move the lifecycle status alone — a status history row, an
 * audit entry and an event, as any status change has — without validating the rest of the client
 * again: an old record need not pass rules added since (a custom field made required later) to be
 * put away or brought back.
 */
@Component(service = ClientArchive.class, configurationPid = CoreConfiguration.PID)
public class JpaClientArchive implements ClientArchive {

    private static final Logger LOG = LoggerFactory.getLogger(JpaClientArchive.class);
    /** Clients read per query while a page of dead souls is looked for. */
    static final int BATCH = 200;
    /** The most clients one page looks at: a page that stops there is short, and its cursor goes on. */
    static final int LOOK_AT_MAX = 10 * BATCH;

    private final JpaTemplate jpa;
    private final AfterCommitEvents events;
    private final AuditTrail audit;
    private final CustomFieldDefinitions definitions;
    private volatile DeadSoulRule rule;

    @Activate
    public JpaClientArchive(@Reference(target = JpaClientService.UNIT_FILTER) JpaTemplate jpa,
                            @Reference CoreSchema schema,
                            @Reference EventAdmin eventAdmin,
                            @Reference TransactionSynchronizationRegistry transactions,
                            @Reference AuditTrail audit,
                            @Reference CustomFieldDefinitions definitions,
                            CoreConfiguration configuration) {
        this.jpa = jpa;
        this.audit = audit;
        this.definitions = definitions;
        this.events = new AfterCommitEvents(eventAdmin, transactions);
        configure(configuration);
    }

    @Modified
    void configure(CoreConfiguration configuration) {
        int months = configuration.dead_souls_inactive_months();
        if (months < 0) {
            LOG.warn("dead.souls.inactive.months {} is negative; {} is used", months, DeadSoulRule.DEFAULT_INACTIVE_MONTHS);
            months = DeadSoulRule.DEFAULT_INACTIVE_MONTHS;
        }
        int points = configuration.dead_souls_max_contact_points();
        if (points < 0) {
            LOG.warn("dead.souls.max.contact.points {} is negative; {} is used", points,
                    DeadSoulRule.DEFAULT_MAX_CONTACT_POINTS);
            points = DeadSoulRule.DEFAULT_MAX_CONTACT_POINTS;
        }
        rule = new DeadSoulRule(months, points);
    }

    @Override
    public Page<DeadSoul> deadSouls(DeadSoulQuery query) {
        Queries.checkLimit(query.limit());
        Cursor after = Cursor.decode(query.after(), DeadSoulCandidates.ORDER);
        DeadSoulRule current = rule;
        LocalDateTime now = Records.now();
        return jpa.txExpr(TransactionType.Supports, em -> {
            List<DeadSoul> found = new ArrayList<>();
            Cursor position = after;
            for (int lookedAt = 0; lookedAt < LOOK_AT_MAX; lookedAt += BATCH) {
                List<Candidate> batch = DeadSoulCandidates.batch(em, current.inactiveSince(now), position,
                        query.responsibleManagerIn(), BATCH);
                for (Candidate candidate : batch) {
                    if (current.applies(candidate.facts(), now)) {
                        if (found.size() == query.limit()) {
                            // one more than the page: the next page starts right before it
                            return new Page<>(found, position.encode());
                        }
                        found.add(toDeadSoul(candidate));
                    }
                    position = candidate.cursor();
                }
                if (batch.size() < BATCH) {
                    return new Page<>(found, null);
                }
            }
            return new Page<>(found, position.encode());
        });
    }

    private static DeadSoul toDeadSoul(Candidate candidate) {
        DeadSoulRule.Facts facts = candidate.facts();
        return new DeadSoul(candidate.id(), candidate.name(), facts.status(), Times.instant(facts.lastSignOfLife()),
                facts.contactPoints());
    }

    @Override
    public Client archive(String clientId, OptionalLong expectedVersion) {
        return Records.translatingConflicts(jpa, ClientEntity.class, ClientService.RECORD_TYPE, clientId, expectedVersion,
                () -> jpa.txExpr(TransactionType.Required, em -> {
            ClientEntity entity = Records.current(em, ClientEntity.class, ClientService.RECORD_TYPE, clientId, expectedVersion);
            if (entity.status() == LifecycleStatus.ARCHIVED) {
                throw ValidationException.of("status", "is " + LifecycleStatus.ARCHIVED + " already");
            }
            return changeStatus(em, entity, LifecycleStatus.ARCHIVED, customFields());
        }));
    }

    @Override
    public void archiveAll(List<String> clientIds) {
        if (clientIds == null || clientIds.isEmpty()) {
            throw ValidationException.of("clientIds", "must name at least one client");
        }
        jpa.tx(TransactionType.Required, em -> {
            List<ClientEntity> clients = archivable(em, clientIds);
            List<CustomField> customFields = customFields();
            for (ClientEntity client : clients) {
                Records.translatingConflicts(jpa, ClientEntity.class, ClientService.RECORD_TYPE, client.id(),
                        OptionalLong.empty(), () -> changeStatus(em, client, LifecycleStatus.ARCHIVED, customFields));
            }
        });
    }

    /** The clients named, in order, after checking them all: 422 naming each id that cannot be archived. */
    private static List<ClientEntity> archivable(EntityManager em, List<String> clientIds) {
        List<ClientEntity> clients = new ArrayList<>();
        List<FieldError> errors = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < clientIds.size(); i++) {
            String id = clientIds.get(i);
            String field = "clientIds[" + i + "]";
            ClientEntity client = id == null || id.isBlank() ? null : em.find(ClientEntity.class, id);
            if (client == null) {
                errors.add(FieldError.of(field, "not_a_client", "is not a client"));
            } else if (!seen.add(id)) {
                errors.add(FieldError.of(field, "repeated", "is named twice"));
            } else if (client.status() == LifecycleStatus.ARCHIVED) {
                errors.add(new FieldError(field, "is " + LifecycleStatus.ARCHIVED + " already"));
            } else {
                clients.add(client);
            }
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return clients;
    }

    @Override
    public Client restore(String clientId, OptionalLong expectedVersion) {
        return Records.translatingConflicts(jpa, ClientEntity.class, ClientService.RECORD_TYPE, clientId, expectedVersion,
                () -> jpa.txExpr(TransactionType.Required, em -> {
            ClientEntity entity = Records.current(em, ClientEntity.class, ClientService.RECORD_TYPE, clientId, expectedVersion);
            if (entity.status() != LifecycleStatus.ARCHIVED) {
                throw ValidationException.of("status", "is " + entity.status() + ", not " + LifecycleStatus.ARCHIVED);
            }
            List<StatusChange> history = em.createQuery("SELECT s FROM StatusChangeEntity s WHERE s.clientId = :client "
                            + "ORDER BY s.changedAt, s.id", StatusChangeEntity.class)
                    .setParameter("client", clientId).getResultList().stream().map(StatusChangeEntity::toStatusChange).toList();
            return changeStatus(em, entity, statusBeforeArchive(history), customFields());
        }));
    }

    /**
     * The status a client had before it was last archived, from its history (oldest first);
     * {@link LifecycleStatus#LEAD}, as for a new client, when it was archived from the start.
     */
    static LifecycleStatus statusBeforeArchive(List<StatusChange> history) {
        for (int i = history.size() - 1; i >= 0; i--) {
            StatusChange change = history.get(i);
            if (change.to() == LifecycleStatus.ARCHIVED) {
                return change.from() == null || change.from() == LifecycleStatus.ARCHIVED ? LifecycleStatus.LEAD : change.from();
            }
        }
        return LifecycleStatus.LEAD;
    }

    /** Moves the client to {@code to}: its status history row, its audit entry and, after commit, its event. */
    private Client changeStatus(EntityManager em, ClientEntity client, LifecycleStatus to, List<CustomField> customFields) {
        // a status change leaves the parts as they are
        ClientParts parts = ClientPartRows.of(em, client.id());
        Client before = client.toClient(parts, customFields);
        LocalDateTime now = Records.now();
        client.changeStatus(to, now);
        em.persist(new StatusChangeEntity(Records.newId(), client.id(), before.status(), to, now,
                Caller.current().map(Caller::userId).orElse(null)));
        em.flush();
        events.clientChanged(ClientEvents.UPDATED, client.id());
        PartsDocumentColumn.write(em, List.of(new PartsDocumentColumn.Stored(client.id(), client.version(), parts)));
        Client after = client.toClient(parts, customFields);
        audit.record(AuditAction.UPDATE, ClientService.RECORD_TYPE, client.id(), before, after);
        return after;
    }

    private List<CustomField> customFields() {
        return definitions.of(RecordKind.CLIENT);
    }
}
