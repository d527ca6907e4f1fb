package org.atriumcrm.core.store.internal.deals;

import org.atriumcrm.core.api.FieldError;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

import javax.persistence.EntityManager;
import javax.persistence.TypedQuery;
import javax.transaction.TransactionSynchronizationRegistry;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.atriumcrm.core.api.CustomField;
import org.atriumcrm.core.api.Opportunity;
import org.atriumcrm.core.api.OpportunityDraft;
import org.atriumcrm.core.api.OpportunityQuery;
import org.atriumcrm.core.api.OpportunityService;
import org.atriumcrm.core.api.Page;
import org.atriumcrm.core.api.RecordKind;
import org.atriumcrm.core.api.RecordNotFoundException;
import org.atriumcrm.core.api.StageChange;
import org.atriumcrm.core.api.StageOutcome;
import org.atriumcrm.core.api.ValidationException;
import org.atriumcrm.core.api.security.AuditAction;
import org.atriumcrm.core.api.security.AuditTrail;
import org.atriumcrm.core.event.OpportunityEvents;
import org.atriumcrm.core.store.internal.clients.ClientReferences;
import org.atriumcrm.core.store.internal.clients.JpaClientService;
import org.atriumcrm.core.store.internal.fields.CustomFieldDefinitions;
import org.atriumcrm.core.store.internal.fields.CustomValues;
import org.atriumcrm.core.store.internal.people.RecordChanges;
import org.atriumcrm.core.store.internal.schema.CoreSchema;
import org.atriumcrm.core.store.internal.support.AfterCommitEvents;
import org.atriumcrm.core.store.internal.support.Cursor;
import org.atriumcrm.core.store.internal.support.FieldChecks;
import org.atriumcrm.core.store.internal.support.Queries;
import org.atriumcrm.core.store.internal.support.Records;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.event.EventAdmin;

/** {@link OpportunityService} on the core persistence unit; every stage move leaves a {@link StageChange}. */
@Component(service = OpportunityService.class)
public class JpaOpportunityService implements OpportunityService {

    private static final String ORDER = "-created";

    private final JpaTemplate jpa;
    private final AfterCommitEvents events;
    private final AuditTrail audit;
    private final CustomFieldDefinitions definitions;

    @Activate
    public JpaOpportunityService(@Reference(target = JpaClientService.UNIT_FILTER) JpaTemplate jpa,
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
    public Opportunity create(OpportunityDraft draft) {
        List<CustomField> customFields = customFields();
        NormalizedOpportunity values = OpportunityChecks.validate(draft, customFields);
        return jpa.txExpr(TransactionType.Required, em -> {
            ClientReferences.check(em, values.clientId(), values.contactId(), null);
            PipelineEntity pipeline = OpportunityChecks.pipeline(em, values.pipelineId());
            StageEntity stage = OpportunityChecks.stage(pipeline, values.stageId(), values.lostReason());
            LocalDateTime now = Records.now();
            OpportunityEntity opportunity = new OpportunityEntity(Records.newId(), now);
            opportunity.apply(withPipeline(values, pipeline), stage, now);
            em.persist(opportunity);
            recordMove(em, opportunity, null, now);
            CustomValues.saveNew(em, RecordKind.OPPORTUNITY, opportunity.id(), values.customValues());
            em.flush();
            events.post(OpportunityEvents.CREATED, Map.of(OpportunityEvents.PROP_OPPORTUNITY_ID, opportunity.id()));
            Opportunity created = toOpportunity(em, opportunity, customFields);
            audit.record(AuditAction.CREATE, RECORD_TYPE, created.id(), null, created);
            return created;
        });
    }

    @Override
    public Optional<Opportunity> get(String id) {
        return jpa.txExpr(TransactionType.Supports, em -> Optional.ofNullable(em.find(OpportunityEntity.class, id))
                .map(entity -> toOpportunity(em, entity, customFields())));
    }

    @Override
    public Opportunity update(String id, OpportunityDraft draft, OptionalLong expectedVersion) {
        List<CustomField> customFields = customFields();
        NormalizedOpportunity values = OpportunityChecks.validate(draft, customFields);
        return Records.translatingConflicts(jpa, OpportunityEntity.class, RECORD_TYPE, id, expectedVersion,
                () -> jpa.txExpr(TransactionType.Required, em -> {
            OpportunityEntity opportunity = Records.current(em, OpportunityEntity.class, RECORD_TYPE, id, expectedVersion);
            ClientReferences.check(em, values.clientId(), values.contactId(), null);
            PipelineEntity pipeline = OpportunityChecks.pipeline(em, values.pipelineId());
            StageEntity stage = OpportunityChecks.stage(pipeline, values.stageId(), values.lostReason());
            Opportunity before = toOpportunity(em, opportunity, customFields);
            LocalDateTime now = Records.now();
            opportunity.apply(withPipeline(values, pipeline), stage, now);
            if (!stage.id().equals(before.stageId())) {
                recordMove(em, opportunity, before.stageId(), now);
            }
            CustomValues.save(em, RecordKind.OPPORTUNITY, id, values.customValues());
            em.flush();
            Opportunity after = toOpportunity(em, opportunity, customFields);
            events.post(OpportunityEvents.UPDATED, Map.of(OpportunityEvents.PROP_OPPORTUNITY_ID, id,
                    OpportunityEvents.PROP_CHANGED_FIELDS, RecordChanges.changedFields(before, after)));
            audit.record(AuditAction.UPDATE, RECORD_TYPE, id, before, after);
            return after;
        }));
    }

    @Override
    public Opportunity moveToStage(String id, String stageId, String lostReason, OptionalLong expectedVersion) {
        String reason = FieldChecks.trimmed(lostReason);
        return Records.translatingConflicts(jpa, OpportunityEntity.class, RECORD_TYPE, id, expectedVersion,
                () -> jpa.txExpr(TransactionType.Required, em -> {
            OpportunityEntity opportunity = Records.current(em, OpportunityEntity.class, RECORD_TYPE, id, expectedVersion);
            PipelineEntity pipeline = em.find(PipelineEntity.class, opportunity.pipelineId());
            if (stageId == null) {
                throw ValidationException.of(FieldError.of("stageId", FieldError.REQUIRED, "is required"));
            }
            StageEntity stage = OpportunityChecks.stage(pipeline, stageId, reason);
            List<CustomField> customFields = customFields();
            Opportunity before = toOpportunity(em, opportunity, customFields);
            if (!stage.id().equals(before.stageId())) {
                LocalDateTime now = Records.now();
                opportunity.moveTo(stage, null, reason, now);
                recordMove(em, opportunity, before.stageId(), now);
                em.flush();
            }
            Opportunity after = toOpportunity(em, opportunity, customFields);
            audit.record(AuditAction.UPDATE, RECORD_TYPE, id, before, after);
            return after;
        }));
    }

    @Override
    public void delete(String id, OptionalLong expectedVersion) {
        Records.translatingConflicts(jpa, OpportunityEntity.class, RECORD_TYPE, id, expectedVersion,
                () -> jpa.txExpr(TransactionType.Required, em -> {
            OpportunityEntity opportunity = Records.current(em, OpportunityEntity.class, RECORD_TYPE, id, expectedVersion);
            Opportunity before = toOpportunity(em, opportunity, customFields());
            em.remove(opportunity);
            CustomValues.delete(em, id);
            // its stage history goes with it: nothing shows the moves of a deal that is gone
            em.createQuery("DELETE FROM StageChangeEntity s WHERE s.opportunityId = :id").setParameter("id", id).executeUpdate();
            em.flush();
            events.post(OpportunityEvents.DELETED, Map.of(OpportunityEvents.PROP_OPPORTUNITY_ID, id));
            audit.record(AuditAction.DELETE, RECORD_TYPE, id, before, null);
            return id;
        }));
    }

    @Override
    public Page<Opportunity> find(OpportunityQuery query) {
        Queries.checkLimit(query.limit());
        Cursor after = Cursor.decode(query.after(), ORDER);
        return jpa.txExpr(TransactionType.Supports, em -> {
            StringBuilder jpql = new StringBuilder("SELECT o.id FROM OpportunityEntity o WHERE 1 = 1");
            Map<String, Object> parameters = new HashMap<>();
            Queries.equal(jpql, parameters, "o.clientId", "client", query.clientId());
            Queries.equal(jpql, parameters, "o.pipelineId", "pipeline", query.pipelineId());
            Queries.equal(jpql, parameters, "o.stageId", "stage", query.stageId());
            Queries.equal(jpql, parameters, "o.ownerId", "owner", query.ownerId());
            Queries.in(jpql, parameters, "o.ownerId", "owners", query.ownerIn());
            if (query.open() != null) {
                jpql.append(query.open() ? " AND o.outcome = :open" : " AND o.outcome <> :open");
                parameters.put("open", StageOutcome.OPEN);
            }
            Queries.keysetDescending(jpql, parameters, "o.createdAt", "o.id", after);
            TypedQuery<String> typed = em.createQuery(jpql.toString(), String.class);
            parameters.forEach(typed::setParameter);
            List<OpportunityEntity> rows = Queries.byIds(em, OpportunityEntity.class,
                    typed.setMaxResults(query.limit() + 1).getResultList());
            Map<String, Map<String, Object>> custom = CustomValues.ofRows(em, rows, customFields());
            return Queries.page(rows, query.limit(), row -> row.toOpportunity(custom.getOrDefault(row.id(), Map.of())),
                    last -> Cursor.at(ORDER, last.createdAt(), last.id()));
        });
    }

    @Override
    public List<StageChange> stageHistory(String id) {
        return jpa.txExpr(TransactionType.Supports, em -> {
            OpportunityEntity opportunity = em.find(OpportunityEntity.class, id);
            if (opportunity == null) {
                throw new RecordNotFoundException(RECORD_TYPE, id);
            }
            PipelineEntity pipeline = em.find(PipelineEntity.class, opportunity.pipelineId());
            List<StageChange> history = new ArrayList<>();
            for (StageChangeEntity change : em.createQuery("SELECT s FROM StageChangeEntity s WHERE s.opportunityId = :id "
                    + "ORDER BY s.changedAt, s.id", StageChangeEntity.class).setParameter("id", id).getResultList()) {
                history.add(change.toStageChange(stageName(pipeline, change.toStageId())));
            }
            return history;
        });
    }

    public static String stageName(PipelineEntity pipeline, String stageId) {
        return pipeline == null ? null : pipeline.stage(stageId).map(StageEntity::name).orElse(null);
    }

    private void recordMove(EntityManager em, OpportunityEntity opportunity, String fromStageId, LocalDateTime at) {
        opportunity.enteredStage(at);
        em.persist(new StageChangeEntity(opportunity.id(), opportunity.clientId(), fromStageId, opportunity.stageId(), at));
        Map<String, Object> properties = new HashMap<>();
        properties.put(OpportunityEvents.PROP_OPPORTUNITY_ID, opportunity.id());
        properties.put(OpportunityEvents.PROP_TO_STAGE_ID, opportunity.stageId());
        if (fromStageId != null) {
            properties.put(OpportunityEvents.PROP_FROM_STAGE_ID, fromStageId);
        }
        events.post(OpportunityEvents.STAGE_CHANGED, properties);
    }

    private List<CustomField> customFields() {
        return definitions.of(RecordKind.OPPORTUNITY);
    }

    private static Opportunity toOpportunity(EntityManager em, OpportunityEntity entity, List<CustomField> customFields) {
        return entity.toOpportunity(CustomValues.of(em, entity.id(), customFields));
    }

    private static NormalizedOpportunity withPipeline(NormalizedOpportunity values, PipelineEntity pipeline) {
        return new NormalizedOpportunity(values.clientId(), values.contactId(), values.title(), pipeline.id(),
                values.stageId(), values.amount(), values.currency(), values.probability(), values.expectedClose(),
                values.lostReason(), values.ownerId(), values.customValues());
    }
}
