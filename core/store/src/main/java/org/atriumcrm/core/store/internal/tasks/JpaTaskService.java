package org.atriumcrm.core.store.internal.tasks;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

import javax.persistence.TypedQuery;
import javax.transaction.TransactionSynchronizationRegistry;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.atriumcrm.core.api.CustomField;
import org.atriumcrm.core.api.Page;
import org.atriumcrm.core.api.RecordKind;
import org.atriumcrm.core.api.Task;
import org.atriumcrm.core.api.TaskDraft;
import org.atriumcrm.core.api.TaskQuery;
import org.atriumcrm.core.api.TaskService;
import org.atriumcrm.core.api.security.AuditAction;
import org.atriumcrm.core.api.security.AuditTrail;
import org.atriumcrm.core.event.TaskEvents;
import org.atriumcrm.core.store.internal.clients.ClientReferences;
import org.atriumcrm.core.store.internal.clients.JpaClientService;
import org.atriumcrm.core.store.internal.fields.CustomFieldDefinitions;
import org.atriumcrm.core.store.internal.fields.CustomValues;
import org.atriumcrm.core.store.internal.people.RecordChanges;
import org.atriumcrm.core.store.internal.schema.CoreSchema;
import org.atriumcrm.core.store.internal.support.AfterCommitEvents;
import org.atriumcrm.core.store.internal.support.Checked;
import org.atriumcrm.core.store.internal.support.Cursor;
import org.atriumcrm.core.store.internal.support.Queries;
import org.atriumcrm.core.store.internal.support.Records;
import org.atriumcrm.core.store.internal.support.Times;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.event.EventAdmin;

/** {@link TaskService} on the core persistence unit. Lists run on (assignee, open, due) indexes. */
@Component(service = TaskService.class)
public class JpaTaskService implements TaskService {

    private static final String ORDER = "due";
    /** A day plan longer than this is cut: nobody does more in a day. */
    private static final int DAY_LIMIT = 200;

    private final JpaTemplate jpa;
    private final AfterCommitEvents events;
    private final AuditTrail audit;
    private final CustomFieldDefinitions definitions;

    @Activate
    public JpaTaskService(@Reference(target = JpaClientService.UNIT_FILTER) JpaTemplate jpa,
                          @Reference CoreSchema schema,
                          @Reference EventAdmin eventAdmin,
                          @Reference TransactionSynchronizationRegistry transactions,
                          @Reference AuditTrail audit,
                          @Reference CustomFieldDefinitions definitions) {
        this.jpa = jpa;
        this.audit = audit;
        this.definitions = definitions;
        this.events = new AfterCommitEvents(eventAdmin, transactions);
    }

    @Override
    public Task create(TaskDraft draft) {
        List<CustomField> customFields = customFields();
        Checked<TaskDraft> checked = TaskChecks.validate(draft, customFields);
        TaskDraft task = checked.draft();
        return jpa.txExpr(TransactionType.Required, em -> {
            ClientReferences.check(em, task.clientId(), null, task.opportunityId());
            LocalDateTime now = Records.now();
            TaskEntity entity = new TaskEntity(Records.newId(), now);
            entity.apply(task, now);
            em.persist(entity);
            CustomValues.saveNew(em, RecordKind.TASK, entity.id(), checked.customValues());
            em.flush();
            events.post(TaskEvents.CREATED, properties(entity));
            Task created = entity.toTask(CustomValues.of(em, entity.id(), customFields));
            audit.record(AuditAction.CREATE, RECORD_TYPE, created.id(), null, created);
            return created;
        });
    }

    @Override
    public Optional<Task> get(String id) {
        return jpa.txExpr(TransactionType.Supports,
                em -> Optional.ofNullable(em.find(TaskEntity.class, id)).map(entity -> entity.toTask(
                        CustomValues.of(em, id, customFields()))));
    }

    @Override
    public Task update(String id, TaskDraft draft, OptionalLong expectedVersion) {
        List<CustomField> customFields = customFields();
        Checked<TaskDraft> checked = TaskChecks.validate(draft, customFields);
        TaskDraft task = checked.draft();
        return Records.translatingConflicts(jpa, TaskEntity.class, RECORD_TYPE, id, expectedVersion,
                () -> jpa.txExpr(TransactionType.Required, em -> {
            TaskEntity entity = Records.current(em, TaskEntity.class, RECORD_TYPE, id, expectedVersion);
            ClientReferences.check(em, task.clientId(), null, task.opportunityId());
            Task before = entity.toTask(CustomValues.of(em, id, customFields));
            entity.apply(task, Records.now());
            CustomValues.save(em, RecordKind.TASK, id, checked.customValues());
            em.flush();
            Task after = entity.toTask(CustomValues.of(em, id, customFields));
            Map<String, Object> properties = properties(entity);
            properties.put(TaskEvents.PROP_CHANGED_FIELDS, RecordChanges.changedFields(before, after));
            events.post(TaskEvents.UPDATED, properties);
            audit.record(AuditAction.UPDATE, RECORD_TYPE, id, before, after);
            return after;
        }));
    }

    @Override
    public void delete(String id, OptionalLong expectedVersion) {
        Records.translatingConflicts(jpa, TaskEntity.class, RECORD_TYPE, id, expectedVersion,
                () -> jpa.txExpr(TransactionType.Required, em -> {
            TaskEntity entity = Records.current(em, TaskEntity.class, RECORD_TYPE, id, expectedVersion);
            Task before = entity.toTask(CustomValues.of(em, id, customFields()));
            em.remove(entity);
            CustomValues.delete(em, id);
            em.flush();
            events.post(TaskEvents.DELETED, properties(entity));
            audit.record(AuditAction.DELETE, RECORD_TYPE, id, before, null);
            return id;
        }));
    }

    @Override
    public Page<Task> find(TaskQuery query) {
        Queries.checkLimit(query.limit());
        Cursor after = Cursor.decode(query.after(), ORDER);
        return jpa.txExpr(TransactionType.Supports, em -> {
            StringBuilder jpql = new StringBuilder("SELECT t.id FROM TaskEntity t WHERE 1 = 1");
            Map<String, Object> parameters = new HashMap<>();
            Queries.equal(jpql, parameters, "t.assigneeId", "assignee", query.assigneeId());
            Queries.equal(jpql, parameters, "t.clientId", "client", query.clientId());
            Queries.equal(jpql, parameters, "t.open", "open", query.open() == null ? null : TaskEntity.openFlag(query.open()));
            if (query.dueBefore() != null) {
                jpql.append(" AND t.dueAt < :dueBefore");
                parameters.put("dueBefore", Times.utc(query.dueBefore()));
            }
            Queries.keysetAscending(jpql, parameters, "t.dueAt", "t.id", after);
            TypedQuery<String> typed = em.createQuery(jpql.toString(), String.class);
            parameters.forEach(typed::setParameter);
            List<TaskEntity> rows = Queries.byIds(em, TaskEntity.class, typed.setMaxResults(query.limit() + 1).getResultList());
            Map<String, Map<String, Object>> custom = CustomValues.ofRows(em, rows, customFields());
            return Queries.page(rows, query.limit(), row -> row.toTask(custom.getOrDefault(row.id(), Map.of())),
                    last -> Cursor.at(ORDER, last.dueAt(), last.id()));
        });
    }

    @Override
    public List<Task> myDay(String assigneeId, ZoneId zone, Instant now) {
        Instant endOfToday = LocalDate.ofInstant(now, zone).plusDays(1).atStartOfDay(zone).toInstant();
        return openDueBefore(assigneeId, endOfToday);
    }

    @Override
    public List<Task> overdue(String assigneeId, Instant now) {
        return openDueBefore(assigneeId, now);
    }

    private List<Task> openDueBefore(String assigneeId, Instant limit) {
        return find(new TaskQuery(assigneeId, null, true, limit, DAY_LIMIT, null)).items();
    }

    private List<CustomField> customFields() {
        return definitions.of(RecordKind.TASK);
    }

    private static Map<String, Object> properties(TaskEntity task) {
        Map<String, Object> properties = new HashMap<>();
        properties.put(TaskEvents.PROP_TASK_ID, task.id());
        if (task.assigneeId() != null) {
            properties.put(TaskEvents.PROP_ASSIGNEE_ID, task.assigneeId());
        }
        return properties;
    }
}
