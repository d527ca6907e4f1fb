package org.atriumcrm.core.store.internal.activities;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;

import javax.persistence.EntityManager;
import javax.persistence.TypedQuery;
import javax.transaction.Status;
import javax.transaction.TransactionSynchronizationRegistry;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.atriumcrm.core.api.Activity;
import org.atriumcrm.core.api.ActivityDraft;
import org.atriumcrm.core.api.ActivityQuery;
import org.atriumcrm.core.api.ActivityService;
import org.atriumcrm.core.api.ActivityType;
import org.atriumcrm.core.api.Attachment;
import org.atriumcrm.core.api.AttachmentContent;
import org.atriumcrm.core.api.CustomField;
import org.atriumcrm.core.api.Page;
import org.atriumcrm.core.api.RecordKind;
import org.atriumcrm.core.api.RecordNotFoundException;
import org.atriumcrm.core.api.ValidationException;
import org.atriumcrm.core.api.security.AuditAction;
import org.atriumcrm.core.api.security.AuditTrail;
import org.atriumcrm.core.event.ActivityEvents;
import org.atriumcrm.core.spi.ActivityTypeProvider;
import org.atriumcrm.core.store.internal.clients.ClientReferences;
import org.atriumcrm.core.store.internal.clients.JpaClientService;
import org.atriumcrm.core.store.internal.fields.CustomFieldDefinitions;
import org.atriumcrm.core.store.internal.fields.CustomValues;
import org.atriumcrm.core.store.internal.people.RecordChanges;
import org.atriumcrm.core.store.internal.schema.CoreSchema;
import org.atriumcrm.core.store.internal.support.AfterCommitEvents;
import org.atriumcrm.core.store.internal.support.AfterCompletion;
import org.atriumcrm.core.store.internal.support.Checked;
import org.atriumcrm.core.store.internal.support.CoreConfiguration;
import org.atriumcrm.core.store.internal.support.Cursor;
import org.atriumcrm.core.store.internal.support.FieldChecks;
import org.atriumcrm.core.store.internal.support.Queries;
import org.atriumcrm.core.store.internal.support.Records;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.event.EventAdmin;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** {@link ActivityService} on the core persistence unit, with attachment files under Karaf's data. */
@Component(service = ActivityService.class, configurationPid = CoreConfiguration.PID)
public class JpaActivityService implements ActivityService {

    private static final Logger LOG = LoggerFactory.getLogger(JpaActivityService.class);
    private static final String ORDER = "-occurred";
    private static final String CORE = "core";
    private static final List<ActivityType> CORE_TYPES = List.of(
            new ActivityType("call", "Call", CORE),
            new ActivityType("email", "E-mail", CORE),
            new ActivityType("meeting", "Meeting", CORE),
            new ActivityType("visit", "Visit", CORE),
            new ActivityType("sms", "SMS", CORE),
            new ActivityType("chat", "Chat", CORE),
            new ActivityType("note", "Note", CORE),
            new ActivityType("complaint", "Complaint", CORE));

    private final JpaTemplate jpa;
    private final AfterCommitEvents events;
    private final BundleContext context;
    private final AuditTrail audit;
    private final CustomFieldDefinitions definitions;
    private final TransactionSynchronizationRegistry transactions;
    private final List<ActivityTypeProvider> typeProviders = new CopyOnWriteArrayList<>();
    private volatile AttachmentFiles files;
    private volatile AttachmentTypes attachmentTypes;

    @Activate
    public JpaActivityService(@Reference(target = JpaClientService.UNIT_FILTER) JpaTemplate jpa,
                              @Reference CoreSchema schema,
                              @Reference EventAdmin eventAdmin,
                              @Reference TransactionSynchronizationRegistry transactions,
                              @Reference AuditTrail audit,
                              @Reference CustomFieldDefinitions definitions,
                              BundleContext context,
                              CoreConfiguration configuration) {
        this.jpa = jpa;
        this.audit = audit;
        this.definitions = definitions;
        this.events = new AfterCommitEvents(eventAdmin, transactions);
        this.transactions = transactions;
        this.context = context;
        configure(configuration);
    }

    @Modified
    void configure(CoreConfiguration configuration) {
        String directory = configuration.attachment_directory();
        Path root = directory == null || directory.isBlank()
                ? Path.of(context.getProperty("karaf.data"), "atrium", "attachments")
                : Path.of(directory);
        files = new AttachmentFiles(root, configuration.attachment_max_bytes());
        attachmentTypes = new AttachmentTypes(configuration.attachment_content_types());
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addTypeProvider(ActivityTypeProvider provider) {
        typeProviders.add(provider);
    }

    void removeTypeProvider(ActivityTypeProvider provider) {
        typeProviders.remove(provider);
    }

    @Override
    public List<ActivityType> types() {
        Map<String, ActivityType> byId = new TreeMap<>();
        CORE_TYPES.forEach(type -> byId.put(type.id(), type));
        for (ActivityTypeProvider provider : typeProviders) {
            try {
                provider.activityTypes().forEach(type -> byId.putIfAbsent(type.id(), type));
            } catch (RuntimeException e) {
                LOG.warn("Activity type provider {} failed; its types are left out", provider, e);
            }
        }
        return List.copyOf(byId.values());
    }

    @Override
    public Activity log(ActivityDraft draft) {
        List<CustomField> customFields = customFields();
        Checked<ActivityDraft> checked = ActivityChecks.validate(draft, typeIds(), customFields);
        ActivityDraft activity = checked.draft();
        return jpa.txExpr(TransactionType.Required, em -> {
            ClientReferences.check(em, activity.clientId(), activity.contactId(), activity.opportunityId());
            LocalDateTime now = Records.now();
            ActivityEntity entity = new ActivityEntity(Records.newId(), now);
            entity.apply(activity, now);
            em.persist(entity);
            CustomValues.saveNew(em, RecordKind.ACTIVITY, entity.id(), checked.customValues());
            em.flush();
            events.post(ActivityEvents.LOGGED, Map.of(ActivityEvents.PROP_ACTIVITY_ID, entity.id()));
            Activity created = entity.toActivity(List.of(), CustomValues.of(em, entity.id(), customFields));
            audit.record(AuditAction.CREATE, RECORD_TYPE, created.id(), null, created);
            return created;
        });
    }

    @Override
    public Optional<Activity> get(String id) {
        return jpa.txExpr(TransactionType.Supports, em -> Optional.ofNullable(em.find(ActivityEntity.class, id))
                .map(entity -> entity.toActivity(attachments(em, List.of(id)).getOrDefault(id, List.of()),
                        CustomValues.of(em, id, customFields()))));
    }

    @Override
    public Activity update(String id, ActivityDraft draft, OptionalLong expectedVersion) {
        List<CustomField> customFields = customFields();
        Checked<ActivityDraft> checked = ActivityChecks.validate(draft, typeIds(), customFields);
        ActivityDraft activity = checked.draft();
        return Records.translatingConflicts(jpa, ActivityEntity.class, RECORD_TYPE, id, expectedVersion,
                () -> jpa.txExpr(TransactionType.Required, em -> {
            ActivityEntity entity = Records.current(em, ActivityEntity.class, RECORD_TYPE, id, expectedVersion);
            ClientReferences.check(em, activity.clientId(), activity.contactId(), activity.opportunityId());
            List<Attachment> attached = attachments(em, List.of(id)).getOrDefault(id, List.of());
            Activity before = entity.toActivity(attached, CustomValues.of(em, id, customFields));
            entity.apply(activity, Records.now());
            CustomValues.save(em, RecordKind.ACTIVITY, id, checked.customValues());
            em.flush();
            Activity after = entity.toActivity(attached, CustomValues.of(em, id, customFields));
            events.post(ActivityEvents.UPDATED, Map.of(ActivityEvents.PROP_ACTIVITY_ID, id,
                    ActivityEvents.PROP_CHANGED_FIELDS, RecordChanges.changedFields(before, after)));
            audit.record(AuditAction.UPDATE, RECORD_TYPE, id, before, after);
            return after;
        }));
    }

    @Override
    public void delete(String id, OptionalLong expectedVersion) {
        Records.translatingConflicts(jpa, ActivityEntity.class, RECORD_TYPE, id, expectedVersion,
                () -> jpa.txExpr(TransactionType.Required, em -> {
                    ActivityEntity entity = Records.current(em, ActivityEntity.class, RECORD_TYPE, id, expectedVersion);
                    List<Attachment> attached = attachments(em, List.of(id)).getOrDefault(id, List.of());
                    Activity before = entity.toActivity(attached,
                            CustomValues.of(em, id, customFields()));
                    em.createQuery("DELETE FROM AttachmentEntity a WHERE a.activityId = :id").setParameter("id", id)
                            .executeUpdate();
                    em.remove(entity);
                    CustomValues.delete(em, id);
                    em.flush();
                    events.post(ActivityEvents.DELETED, Map.of(ActivityEvents.PROP_ACTIVITY_ID, id));
                    audit.record(AuditAction.DELETE, RECORD_TYPE, id, before, null);
                    // the files go once the rows are gone for good, also when this runs in a larger
                    // transaction (a client deleted with everything it holds)
                    AttachmentFiles stored = files;
                    AfterCompletion.register(transactions, status -> {
                        if (status == Status.STATUS_COMMITTED) {
                            attached.forEach(attachment -> stored.delete(attachment.id()));
                        }
                    });
                    return id;
                }));
    }

    @Override
    public Page<Activity> find(ActivityQuery query) {
        Queries.checkLimit(query.limit());
        Cursor after = Cursor.decode(query.after(), ORDER);
        return jpa.txExpr(TransactionType.Supports, em -> {
            StringBuilder jpql = new StringBuilder("SELECT a.id FROM ActivityEntity a WHERE 1 = 1");
            Map<String, Object> parameters = new HashMap<>();
            Queries.equal(jpql, parameters, "a.clientId", "client", query.clientId());
            Queries.equal(jpql, parameters, "a.opportunityId", "opportunity", query.opportunityId());
            Queries.equal(jpql, parameters, "a.type", "type", query.type());
            Queries.equal(jpql, parameters, "a.authorId", "author", query.authorId());
            Queries.keysetDescending(jpql, parameters, "a.occurredAt", "a.id", after);
            TypedQuery<String> typed = em.createQuery(jpql.toString(), String.class);
            parameters.forEach(typed::setParameter);
            List<ActivityEntity> rows = Queries.byIds(em, ActivityEntity.class,
                    typed.setMaxResults(query.limit() + 1).getResultList());
            List<String> ids = rows.stream().map(ActivityEntity::id).toList();
            Map<String, List<Attachment>> attached = attachments(em, ids);
            Map<String, Map<String, Object>> custom = CustomValues.ofRows(em, rows, customFields());
            return Queries.page(rows, query.limit(),
                    row -> row.toActivity(attached.getOrDefault(row.id(), List.of()), custom.getOrDefault(row.id(), Map.of())),
                    last -> Cursor.at(ORDER, last.occurredAt(), last.id()));
        });
    }

    @Override
    public Attachment attach(String activityId, String fileName, String contentType, InputStream content) {
        String name = attachmentName(fileName);
        String type = attachmentTypes.accept(contentType).orElseThrow(() -> ValidationException.of("Content-Type",
                "is not a type that may be attached (" + contentType + ")"));
        BufferedInputStream buffered = new BufferedInputStream(content);
        checkSignature(type, buffered);
        AttachmentFiles.Stored stored = files.receive(buffered);
        String id = Records.newId();
        try {
            files.keep(stored, id);
            return jpa.txExpr(TransactionType.Required, em -> {
                if (em.find(ActivityEntity.class, activityId) == null) {
                    throw new RecordNotFoundException(RECORD_TYPE, activityId);
                }
                AttachmentEntity attachment = new AttachmentEntity(id, activityId, name, type, stored, Records.now());
                em.persist(attachment);
                Attachment created = attachment.toAttachment();
                audit.record(AuditAction.CREATE, ATTACHMENT_RECORD_TYPE, created.id(), null, created);
                return created;
            });
        } catch (RuntimeException e) {
            files.discard(stored);
            files.delete(id);
            throw e;
        }
    }

    @Override
    public Optional<AttachmentContent> attachment(String attachmentId) {
        Optional<Attachment> attachment = jpa.txExpr(TransactionType.Supports,
                em -> Optional.ofNullable(em.find(AttachmentEntity.class, attachmentId)).map(AttachmentEntity::toAttachment));
        return attachment.map(found -> {
            try {
                return new AttachmentContent(found, files.open(found.id()));
            } catch (IOException e) {
                throw new UncheckedIOException("The file of attachment " + found.id() + " is missing", e);
            }
        });
    }

    private List<CustomField> customFields() {
        return definitions.of(RecordKind.ACTIVITY);
    }

    private Set<String> typeIds() {
        return types().stream().map(ActivityType::id).collect(Collectors.toSet());
    }

    /** The attachments of these activities, by activity id, in one query. */
    private static Map<String, List<Attachment>> attachments(EntityManager em, List<String> activityIds) {
        Map<String, List<Attachment>> byActivity = new HashMap<>();
        if (activityIds.isEmpty()) {
            return byActivity;
        }
        em.createQuery("SELECT a FROM AttachmentEntity a WHERE a.activityId IN :ids ORDER BY a.createdAt, a.id",
                        AttachmentEntity.class)
                .setParameter("ids", activityIds).getResultList()
                .forEach(a -> byActivity.computeIfAbsent(a.activityId(), key -> new ArrayList<>()).add(a.toAttachment()));
        return byActivity;
    }

    private static String attachmentName(String fileName) {
        String name = FieldChecks.trimmed(fileName);
        if (name == null) {
            throw ValidationException.of("name", "is required: the file's name");
        }
        // keep the last path segment only: a name is shown and offered for download, never used as a path
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        if (name.isEmpty() || name.length() > 255) {
            throw ValidationException.of("name", "must be a file name of 1 to 255 characters");
        }
        return name;
    }

    private static void checkSignature(String type, BufferedInputStream content) {
        try {
            content.mark(16);
            byte[] head = content.readNBytes(8);
            content.reset();
            if (!AttachmentTypes.contentMatches(type, head)) {
                throw ValidationException.of("Content-Type", "says " + type + " but the file is not one");
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the uploaded file", e);
        }
    }
}
