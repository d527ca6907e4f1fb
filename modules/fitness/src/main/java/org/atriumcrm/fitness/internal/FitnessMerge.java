package org.atriumcrm.fitness.internal;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.atriumcrm.core.spi.MergeParticipant;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * When duplicate clients merge, their memberships, check-ins and class bookings follow the
 * survivor, in core's transaction. Where both had booked the same class, the survivor's booking
 * stands for the one person. The member's stage is derived data: it is computed again for the
 * survivor from all the visits now on it.
 */
@Component(service = MergeParticipant.class)
public class FitnessMerge implements MergeParticipant {

    private final JpaTemplate jpa;
    private final MemberStages stages;

    @Activate
    public FitnessMerge(@Reference(target = PlanStore.UNIT_FILTER) JpaTemplate jpa, @Reference MemberStages stages) {
        this.jpa = UnitGuard.guard(jpa);
        this.stages = stages;
    }

    @Override
    public String moduleId() {
        return ModuleDescriptor.ID;
    }

    @Override
    public int merge(String survivorClientId, String mergedClientId) {
        int moved = jpa.txExpr(TransactionType.Mandatory, em -> {
            em.createNativeQuery("DELETE FROM fit_booking WHERE client_id = ? AND class_id IN "
                            + "(SELECT class_id FROM fit_booking WHERE client_id = ?)")
                    .setParameter(1, mergedClientId).setParameter(2, survivorClientId).executeUpdate();
            int count = 0;
            for (String table : new String[] {"fit_membership", "fit_checkin", "fit_booking"}) {
                count += em.createNativeQuery("UPDATE " + table + " SET client_id = ? WHERE client_id = ?")
                        .setParameter(1, survivorClientId).setParameter(2, mergedClientId).executeUpdate();
            }
            em.createNativeQuery("DELETE FROM fit_member WHERE client_id = ?").setParameter(1, mergedClientId).executeUpdate();
            return count;
        });
        stages.recompute(survivorClientId);
        return moved;
    }
}
