package org.atriumcrm.core.store.internal.clients;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.stream.Stream;

import javax.persistence.Cache;
import javax.persistence.EntityManager;
import javax.sql.DataSource;
import javax.persistence.FlushModeType;
import javax.persistence.LockModeType;
import javax.transaction.Status;
import javax.transaction.TransactionSynchronizationRegistry;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.atriumcrm.core.api.Client;
import org.atriumcrm.core.api.ClientDraft;
import org.atriumcrm.core.api.ClientMatch;
import org.atriumcrm.core.api.ClientMerge;
import org.atriumcrm.core.api.ClientQuery;
import org.atriumcrm.core.api.ClientService;
import org.atriumcrm.core.api.CustomField;
import org.atriumcrm.core.api.FieldError;
import org.atriumcrm.core.api.LifecycleStatus;
import org.atriumcrm.core.api.MergedClients;
import org.atriumcrm.core.api.Page;
import org.atriumcrm.core.api.RecordKind;
import org.atriumcrm.core.api.RecordNotFoundException;
import org.atriumcrm.core.api.StatusChange;
import org.atriumcrm.core.api.ValidationException;
import org.atriumcrm.core.api.security.AuditAction;
import org.atriumcrm.core.api.security.AuditTrail;
import org.atriumcrm.core.api.security.Caller;
import org.atriumcrm.core.event.ClientEvents;
import org.atriumcrm.core.quality.ClientMatching;
import org.atriumcrm.core.quality.MatchDecision;
import org.atriumcrm.core.quality.MatchKey;
import org.atriumcrm.core.quality.MatchScore;
import org.atriumcrm.core.quality.Normalizer;
import org.atriumcrm.core.store.internal.duplicates.ClientMatchKeys;
import org.atriumcrm.core.store.internal.duplicates.MatchKeyTable;
import org.atriumcrm.core.store.internal.duplicates.MatchScores;
import org.atriumcrm.core.store.internal.fields.CustomFieldDefinitions;
import org.atriumcrm.core.store.internal.fields.CustomValues;
import org.atriumcrm.core.store.internal.people.RecordChanges;
import org.atriumcrm.core.store.internal.quality.ClientMergeRows;
import org.atriumcrm.core.store.internal.quality.ClientQualityIssues;
import org.atriumcrm.core.store.internal.quality.MergedDraft;
import org.atriumcrm.core.store.internal.quality.MergedIds;
import org.atriumcrm.core.store.internal.quality.QualityIssueTable;
import org.atriumcrm.core.store.internal.removal.ClientHoldings;
import org.atriumcrm.core.store.internal.removal.ModuleParticipants;
import org.atriumcrm.core.store.internal.removal.RemovalJournal;
import org.atriumcrm.core.store.internal.schema.CoreSchema;
import org.atriumcrm.core.store.internal.schema.JdbcSchemaMigrations;
import org.atriumcrm.core.store.internal.search.ClientFinder;
import org.atriumcrm.core.store.internal.search.FoundClient;
import org.atriumcrm.core.store.internal.search.SearchTerms;
import org.atriumcrm.core.store.internal.support.AfterCommitEvents;
import org.atriumcrm.core.store.internal.support.AfterCompletion;
import org.atriumcrm.core.store.internal.support.Queries;
import org.atriumcrm.core.store.internal.support.Records;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.event.EventAdmin;

/** {@link ClientService} on the core persistence unit; phones, websites and tax ids are read by core/quality's {@link Normalizer}. */
@Component(service = ClientService.class)
public class JpaClientService implements ClientService {

    public static final String UNIT_FILTER = "(osgi.unit.name=atrium-core)";

    private final JpaTemplate jpa;
    /** The pool the unit's connections come from: reads outside a transaction take their parts' rows from it directly. */
    private final DataSource pool;
    private final TransactionSynchronizationRegistry transactions;
    private final AfterCommitEvents events;
    private final AuditTrail audit;
    private final ClientMatching matching;
    private final ClientMatchKeys matchKeys;
    private final ClientQualityIssues qualityIssues;
    private final ModuleParticipants participants;
    private final ClientHoldings holdings;
    private final Normalizer normalizer;
    private final ClientValidator validator;
    private final CustomFieldDefinitions definitions;

    @Activate
    public JpaClientService(
            @Reference(target = UNIT_FILTER) JpaTemplate jpa,
            @Reference(target = JdbcSchemaMigrations.DATASOURCE_FILTER) DataSource pool,
            @Reference CoreSchema schema,
            @Reference EventAdmin eventAdmin,
            @Reference TransactionSynchronizationRegistry transactions,
            @Reference AuditTrail audit,
            @Reference ClientMatching matching,
            @Reference ClientMatchKeys matchKeys,
            @Reference ClientQualityIssues qualityIssues,
            @Reference ModuleParticipants participants,
            @Reference ClientHoldings holdings,
            @Reference Normalizer normalizer,
            @Reference CustomFieldDefinitions definitions) {
        this.jpa = jpa;
        this.pool = pool;
        this.audit = audit;
        this.matching = matching;
        this.matchKeys = matchKeys;
        this.qualityIssues = qualityIssues;
        this.participants = participants;
        this.holdings = holdings;
        this.transactions = transactions;
        this.events = new AfterCommitEvents(eventAdmin, transactions);
        this.normalizer = normalizer;
        this.validator = new ClientValidator(normalizer);
        this.definitions = definitions;
    }

    @Override
    public Client create(ClientDraft draft) {
        List<CustomField> customFields = customFields();
        NormalizedClient client = validator.validate(draft, customFields);
        return jpa.txExpr(TransactionType.Required, em -> {
            ClientEntity entity = persistNew(em, client, Records.now());
            em.flush();
            events.clientChanged(ClientEvents.CREATED, entity.id());
            Client created = stored(em, entity, customFields);
            MatchKeyTable.insert(em, created.id(), matchKeys.of(created));
            QualityIssueTable.insert(em, created.id(), qualityIssues.of(created));
            audit.record(AuditAction.CREATE, RECORD_TYPE, created.id(), null, created);
            return created;
        });
    }

    @Override
    public List<String> createAll(List<ClientDraft> drafts) {
        List<CustomField> customFields = customFields();
        List<NormalizedClient> valid = new ArrayList<>(drafts.size());
        List<FieldError> errors = new ArrayList<>();
        for (int i = 0; i < drafts.size(); i++) {
            try {
                valid.add(validator.validate(drafts.get(i), customFields));
            } catch (ValidationException invalid) {
                for (FieldError error : invalid.errors()) {
                    errors.add(new FieldError("[" + i + "]" + (error.field().startsWith("[") ? "" : ".") + error.field(),
                            error.code(), error.arguments(), error.message()));
                }
            }
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return jpa.txExpr(TransactionType.Required, em -> {
            LocalDateTime now = Records.now();
            List<ClientEntity> created = new ArrayList<>(valid.size());
            for (NormalizedClient client : valid) {
                created.add(persistNew(em, client, now));
            }
            em.flush();
            List<String> ids = created.stream().map(ClientEntity::id).toList();
            // the rows below need nothing unflushed: without this, each of their statements would first compare
            // every client of the batch with its copy (a flush), which made a batch cost the square of its size
            FlushModeType flushMode = em.getFlushMode();
            em.setFlushMode(FlushModeType.COMMIT);
            try {
                // a batch holds no parts read back: they are read for the documents, one statement per 128 clients
                Map<String, ClientParts> parts = ClientPartRows.read(em, ids);
                PartsDocumentColumn.write(em, created.stream().map(entity -> new PartsDocumentColumn.Stored(entity.id(),
                        entity.version(), parts.getOrDefault(entity.id(), ClientParts.NONE))).toList());
                for (int i = 0; i < ids.size(); i++) {
                    MatchKeyTable.insert(em, ids.get(i), matchKeys.of(drafts.get(i)));
                    QualityIssueTable.insert(em, ids.get(i), qualityIssues.of(drafts.get(i)));
                }
                ids.forEach(id -> events.clientChanged(ClientEvents.CREATED, id));
                for (int i = 0; i < ids.size(); i++) {
                    audit.record(AuditAction.CREATE, RECORD_TYPE, ids.get(i), null, drafts.get(i));
                }
            } finally {
                em.setFlushMode(flushMode);
            }
            return ids;
        });
    }

    private ClientEntity persistNew(EntityManager em, NormalizedClient client, LocalDateTime now) {
        ClientEntity entity = new ClientEntity(Records.newId(), now);
        entity.apply(client, now);
        em.persist(entity);
        em.persist(statusChange(entity.id(), null, client.status(), now));
        CustomValues.saveNew(em, RecordKind.CLIENT, entity.id(), client.customValues());
        return entity;
    }

    /**
     * The client's row and parts in one JDBC statement, past EclipseLink: at a million clients a read
     * by id almost never finds the row in the shared cache, and building and caching its entity cost
     * more than the statement itself.
     */
    @Override
    public Optional<Client> get(String id) {
        List<CustomField> customFields = customFields();
        if (transactions.getTransactionStatus() == Status.STATUS_NO_TRANSACTION) {
            // the usual read, from a request: no entity manager is needed for one statement
            return ClientPartRows.client(pool, id, customFields);
        }
        return jpa.txExpr(TransactionType.Supports, em -> ClientPartRows.client(em, pool, id, customFields));
    }


    @Override
    public Client update(String id, ClientDraft draft, OptionalLong expectedVersion) {
        List<CustomField> customFields = customFields();
        NormalizedClient client = validator.validate(draft, customFields);
        return Records.translatingConflicts(jpa, ClientEntity.class, RECORD_TYPE, id, expectedVersion,
                () -> jpa.txExpr(TransactionType.Required, em -> {
            ClientEntity entity = Records.locked(em, ClientEntity.class, RECORD_TYPE, id, expectedVersion);
            Client before = toClient(em, entity, customFields);
            LocalDateTime now = Records.now();
            entity.apply(client, now);
            if (before.status() != client.status()) {
                em.persist(statusChange(id, before.status(), client.status(), now));
            }
            CustomValues.save(em, RecordKind.CLIENT, id, client.customValues());
            em.flush();
            Client after = stored(em, entity, customFields);
            events.post(ClientEvents.UPDATED, Map.of(ClientEvents.PROP_CLIENT_ID, id,
                    ClientEvents.PROP_CHANGED_FIELDS, RecordChanges.changedFields(before, after)));
            MatchKeyTable.write(em, id, matchKeys.of(after));
            QualityIssueTable.write(em, id, qualityIssues.of(after));
            audit.record(AuditAction.UPDATE, RECORD_TYPE, id, before, after);
            return after;
        }));
    }

    @Override
    public void delete(String id, OptionalLong expectedVersion) {
        Records.translatingConflicts(jpa, ClientEntity.class, RECORD_TYPE, id, expectedVersion,
                () -> jpa.txExpr(TransactionType.Required, em -> {
            ClientEntity entity = Records.locked(em, ClientEntity.class, RECORD_TYPE, id, expectedVersion);
            Client before = toClient(em, entity, customFields());
            holdings.delete(em, id);
            ClientMergeRows.forget(em, id);
            MatchKeyTable.delete(em, id);
            em.remove(entity);
            CustomValues.delete(em, id);
            em.flush();
            participants.deleted(em, RemovalJournal.record(em, id, null, Records.now()), id);
            events.clientChanged(ClientEvents.DELETED, id);
            audit.record(AuditAction.DELETE, RECORD_TYPE, id, before, null);
            return id;
        }));
    }

    @Override
    public Page<Client> find(ClientQuery query) {
        Queries.checkLimit(query.limit());
        SearchTerms terms = SearchTerms.parse(query.text(), normalizer, query.hiddenFields());
        return jpa.txExpr(TransactionType.Supports, em -> {
            List<CustomField> customFields = customFields();
            Map<String, String> customFilter = ClientFinder.customFilter(query.filter().customFields(), customFields);
            List<FoundClient> rows = ClientFinder.findPage(em, query, customFilter, terms, query.after());
            // the page's clients (the extra one's too), each with its parts document, in one statement
            Map<String, Client> clients = ClientPartRows.clients(em, pool, rows.stream().map(FoundClient::id).toList(), customFields);
            List<FoundClient> found = rows.stream().filter(row -> clients.containsKey(row.id())).toList();
            return Queries.page(found, query.limit(), row -> clients.get(row.id()), FoundClient::at);
        });
    }

    @Override
    public List<ClientMatch> match(ClientDraft draft, int limit) {
        if (limit < 1) {
            throw ValidationException.of("limit", "must be at least 1");
        }
        Set<MatchKey> draftKeys = matchKeys.of(draft);
        return jpa.txExpr(TransactionType.Supports, em -> {
            Set<String> candidates = MatchKeyTable.candidates(em, draftKeys);
            if (candidates.isEmpty()) {
                return List.<ClientMatch>of();
            }
            record Scored(String clientId, MatchScore score) {
            }
            List<Scored> found = new ArrayList<>();
            matching.scoreAll(draftKeys, MatchKeyTable.keysOf(em, candidates)).forEach((id, score) -> {
                if (score.decision() != MatchDecision.NONE) {
                    found.add(new Scored(id, score));
                }
            });
            found.sort(Comparator.comparingDouble((Scored scored) -> -scored.score().score()).thenComparing(Scored::clientId));
            List<Scored> best = found.subList(0, Math.min(limit, found.size()));
            Map<String, String> names = MatchKeyTable.names(em, best.stream().map(Scored::clientId).toList());
            return best.stream().filter(scored -> names.containsKey(scored.clientId()))
                    .map(scored -> toMatch(scored.clientId(), names.get(scored.clientId()), scored.score())).toList();
        });
    }

    private static ClientMatch toMatch(String clientId, String name, MatchScore score) {
        return new ClientMatch(clientId, name, MatchScores.rounded(score.score()), MatchScores.decision(score.decision()),
                MatchScores.reasons(score));
    }

    @Override
    public MergedClients merge(String survivorId, ClientMerge merge, OptionalLong expectedVersion) {
        List<String> mergedIds = MergedIds.checked(survivorId, merge.mergedIds());
        List<CustomField> customFields = customFields();
        return Records.translatingConflicts(jpa, ClientEntity.class, RECORD_TYPE, survivorId, expectedVersion,
                () -> jpa.txExpr(TransactionType.Required, em -> {
            // every client of the merge locked first, in id order so that two merges never wait for each
            // other; what the survivor keeps is built from this read, which no other write can follow
            lock(em, survivorId, mergedIds);
            ClientEntity survivorEntity = Records.current(em, ClientEntity.class, RECORD_TYPE, survivorId, expectedVersion);
            Client before = toClient(em, survivorEntity, customFields);
            List<Client> merged = mergedClients(em, mergedIds, customFields);
            String country = normalizer.countryOf(before.toDraft());
            NormalizedClient result = validator.validate(new MergedDraft(before, merged, merge.fieldSources(),
                    phone -> normalizer.phone(phone, country).orElse(null)).draft(), customFields);
            Map<String, Integer> moved = new LinkedHashMap<>();
            LocalDateTime now = Records.now();
            String userId = Caller.current().map(Caller::userId).orElse(null);
            for (String mergedId : mergedIds) {
                ClientMergeRows.move(em, survivorId, mergedId, moved);
            }
            evictCacheNowAndAfterCompletion(em.getEntityManagerFactory().getCache());
            em.clear();
            for (String mergedId : mergedIds) {
                em.remove(em.find(ClientEntity.class, mergedId));
                CustomValues.delete(em, mergedId);
                ClientMergeRows.point(em, mergedId, survivorId, now, userId);
            }
            ClientEntity survivor = em.find(ClientEntity.class, survivorId);
            survivor.apply(result, now);
            if (before.status() != result.status()) {
                em.persist(statusChange(survivorId, before.status(), result.status(), now));
            }
            CustomValues.save(em, RecordKind.CLIENT, survivorId, result.customValues());
            em.flush();
            for (String mergedId : mergedIds) {
                participants.merged(em, RemovalJournal.record(em, mergedId, survivorId, now), survivorId, mergedId)
                        .forEach((module, count) -> moved.merge(module, count, Integer::sum));
            }
            Client after = stored(em, survivor, customFields);
            MatchKeyTable.write(em, survivorId, matchKeys.of(after));
            QualityIssueTable.write(em, survivorId, qualityIssues.of(after));
            for (Client gone : merged) {
                audit.record(AuditAction.MERGE, RECORD_TYPE, gone.id(), gone, null);
                events.post(ClientEvents.MERGED, Map.of(ClientEvents.PROP_CLIENT_ID, survivorId,
                        ClientEvents.PROP_MERGED_CLIENT_ID, gone.id()));
            }
            audit.record(AuditAction.MERGE, RECORD_TYPE, survivorId, before, after);
            events.clientChanged(ClientEvents.UPDATED, survivorId);
            return new MergedClients(after, mergedIds, moved);
        }));
    }

    private static void lock(EntityManager em, String survivorId, List<String> mergedIds) {
        Stream.concat(Stream.of(survivorId), mergedIds.stream()).sorted()
                .forEach(id -> em.find(ClientEntity.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    /**
     * A merge moves rows by SQL, behind the shared cache's back: what the cache holds of the clients
     * and their records is dropped before they are read again, and once more when the merge ends, in
     * case a concurrent read cached the rows as they were before it committed.
     */
    private void evictCacheNowAndAfterCompletion(Cache cache) {
        cache.evictAll();
        AfterCompletion.register(transactions, status -> cache.evictAll());
    }

    private static List<Client> mergedClients(EntityManager em, List<String> mergedIds, List<CustomField> customFields) {
        List<Client> merged = new ArrayList<>();
        List<FieldError> unknown = new ArrayList<>();
        for (int i = 0; i < mergedIds.size(); i++) {
            ClientEntity entity = em.find(ClientEntity.class, mergedIds.get(i));
            if (entity == null) {
                unknown.add(FieldError.of("mergedIds[" + i + "]", "not_a_client", "is not a client"));
            } else {
                merged.add(toClient(em, entity, customFields));
            }
        }
        if (!unknown.isEmpty()) {
            throw new ValidationException(unknown);
        }
        return merged;
    }

    @Override
    public Optional<String> mergedInto(String clientId) {
        return jpa.txExpr(TransactionType.Supports, em -> ClientMergeRows.survivorOf(em, clientId));
    }

    @Override
    public List<StatusChange> statusHistory(String clientId) {
        return jpa.txExpr(TransactionType.Supports, em -> {
            if (em.find(ClientEntity.class, clientId) == null) {
                throw new RecordNotFoundException(RECORD_TYPE, clientId);
            }
            return em.createQuery("SELECT s FROM StatusChangeEntity s WHERE s.clientId = :client "
                            + "ORDER BY s.changedAt, s.id", StatusChangeEntity.class)
                    .setParameter("client", clientId)
                    .getResultList().stream().map(StatusChangeEntity::toStatusChange).toList();
        });
    }

    private List<CustomField> customFields() {
        return definitions.of(RecordKind.CLIENT);
    }

    /** The client as stored now: its parts are read from the database, so within a write they must be flushed first. */
    private static Client toClient(EntityManager em, ClientEntity entity, List<CustomField> customFields) {
        return entity.toClient(ClientPartRows.of(em, entity.id()), customFields);
    }

    /**
     * The client as a write leaves it, once flushed, with its parts document written from the parts
     * read back for it: reads by id take the parts from there until the next write.
     */
    private static Client stored(EntityManager em, ClientEntity entity, List<CustomField> customFields) {
        ClientParts parts = ClientPartRows.of(em, entity.id());
        PartsDocumentColumn.write(em, List.of(new PartsDocumentColumn.Stored(entity.id(), entity.version(), parts)));
        return entity.toClient(parts, customFields);
    }

    private static StatusChangeEntity statusChange(String clientId, LifecycleStatus from, LifecycleStatus to,
                                                   LocalDateTime at) {
        return new StatusChangeEntity(Records.newId(), clientId, from, to, at, Caller.current().map(Caller::userId).orElse(null));
    }
}
