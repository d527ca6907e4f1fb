package org.atriumcrm.core.store.internal.deals;

import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.atriumcrm.core.api.Pipeline;
import org.atriumcrm.core.api.PipelineDraft;
import org.atriumcrm.core.api.PipelineService;
import org.atriumcrm.core.api.ValidationException;
import org.atriumcrm.core.api.security.AuditAction;
import org.atriumcrm.core.api.security.AuditTrail;
import org.atriumcrm.core.store.internal.clients.JpaClientService;
import org.atriumcrm.core.store.internal.schema.CoreSchema;
import org.atriumcrm.core.store.internal.support.Records;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** {@link PipelineService} on the core persistence unit. */
@Component(service = PipelineService.class)
public class JpaPipelineService implements PipelineService {

    private final JpaTemplate jpa;
    private final AuditTrail audit;

    @Activate
    public JpaPipelineService(@Reference(target = JpaClientService.UNIT_FILTER) JpaTemplate jpa,
                              @Reference CoreSchema schema,
                              @Reference AuditTrail audit) {
        this.jpa = jpa;
        this.audit = audit;
    }

    @Override
    public Pipeline create(PipelineDraft draft) {
        PipelineDraft valid = PipelineChecks.validate(draft);
        return jpa.txExpr(TransactionType.Required, em -> {
            PipelineEntity pipeline = new PipelineEntity(Records.newId());
            pipeline.apply(valid);
            em.persist(pipeline);
            em.flush();
            Pipeline created = pipeline.toPipeline();
            audit.record(AuditAction.CREATE, RECORD_TYPE, created.id(), null, created);
            return created;
        });
    }

    @Override
    public Optional<Pipeline> get(String id) {
        return jpa.txExpr(TransactionType.Supports,
                em -> Optional.ofNullable(em.find(PipelineEntity.class, id)).map(PipelineEntity::toPipeline));
    }

    @Override
    public List<Pipeline> list() {
        return jpa.txExpr(TransactionType.Supports, em -> em
                .createQuery("SELECT p FROM PipelineEntity p ORDER BY p.name, p.id", PipelineEntity.class)
                .getResultList().stream().map(PipelineEntity::toPipeline).toList());
    }

    @Override
    public Pipeline update(String id, PipelineDraft draft, OptionalLong expectedVersion) {
        PipelineDraft valid = PipelineChecks.validate(draft);
        return Records.translatingConflicts(jpa, PipelineEntity.class, RECORD_TYPE, id, expectedVersion,
                () -> jpa.txExpr(TransactionType.Required, em -> {
            PipelineEntity pipeline = Records.current(em, PipelineEntity.class, RECORD_TYPE, id, expectedVersion);
            Pipeline before = pipeline.toPipeline();
            List<String> dropped = pipeline.stagesLeftOut(valid);
            if (!dropped.isEmpty()) {
                boolean inUse = !em.createQuery("SELECT o.id FROM OpportunityEntity o WHERE o.pipelineId = :pipeline "
                                + "AND o.stageId IN :stages", String.class)
                        .setParameter("pipeline", id).setParameter("stages", dropped)
                        .setMaxResults(1).getResultList().isEmpty();
                if (inUse) {
                    throw ValidationException.of("stages", "leaves out a stage that still holds opportunities: move them first");
                }
            }
            pipeline.apply(valid);
            em.flush();
            Pipeline after = pipeline.toPipeline();
            audit.record(AuditAction.UPDATE, RECORD_TYPE, id, before, after);
            return after;
        }));
    }
}
