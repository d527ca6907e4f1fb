package org.atriumcrm.fitness.internal;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.atriumcrm.core.api.RecordNotFoundException;
import org.atriumcrm.core.api.security.AuditAction;
import org.atriumcrm.core.api.security.AuditTrail;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The plans the club sells, in the module's persistence unit. */
@Component(service = PlanStore.class)
public class PlanStore {

    static final String UNIT_FILTER = "(osgi.unit.name=" + ModuleDescriptor.ID + ")";
    static final String RECORD_TYPE = ModuleDescriptor.ID + ".plan";
    /** A club sells tens of plans, not thousands: one page holds them all. */
    static final int MAX_PLANS = 500;

    private final JpaTemplate jpa;
    private final AuditTrail audit;

    @Activate
    public PlanStore(@Reference(target = UNIT_FILTER) JpaTemplate jpa, @Reference AuditTrail audit,
                     @Reference ModuleSchema schema) {
        this.jpa = UnitGuard.guard(jpa);
        this.audit = audit;
    }

    /** @throws org.atriumcrm.core.api.ValidationException naming every bad field; nothing is written */
    public Plan create(PlanDraft draft) {
        PlanSpec spec = PlanValidator.validate(draft);
        PlanEntity entity = new PlanEntity(UUID.randomUUID().toString(), spec, LocalDateTime.now(ZoneOffset.UTC));
        return jpa.txExpr(TransactionType.Required, em -> {
            em.persist(entity);
            em.flush();
            Plan plan = entity.toPlan();
            audit.record(AuditAction.CREATE, RECORD_TYPE, plan.id(), null, plan);
            return plan;
        });
    }

    /** @throws RecordNotFoundException when there is no such plan */
    public Plan get(String id) {
        return find(id).orElseThrow(() -> new RecordNotFoundException(RECORD_TYPE, id));
    }

    Optional<Plan> find(String id) {
        return jpa.txExpr(TransactionType.Supports, em -> Optional.ofNullable(em.find(PlanEntity.class, id)).map(PlanEntity::toPlan));
    }

    /** All plans by name. */
    public List<Plan> all() {
        return jpa.txExpr(TransactionType.Supports, em -> em.createQuery(
                "SELECT p FROM PlanEntity p ORDER BY p.name, p.id", PlanEntity.class)
                .setMaxResults(MAX_PLANS).getResultList().stream().map(PlanEntity::toPlan).toList());
    }
}
