package org.atriumcrm.fitness.internal;

import java.util.List;

import javax.persistence.EntityManager;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.atriumcrm.core.api.security.AuditAction;
import org.atriumcrm.core.api.security.AuditTrail;
import org.atriumcrm.core.spi.MergeParticipant;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * When duplicate clients merge, their memberships, check-ins and class bookings follow the
 * survivor, in core's transaction. Where both had booked the same class, the one person keeps the
 * booking that says most ({@link BookingPairs}) and the other's place is freed. The member's stage
 * is derived data: it is computed again for the survivor from all the visits now on it. When a
 * client is deleted, everything of it here goes too, and its places in classes are freed.
 */
@Component(service = MergeParticipant.class)
public class FitnessMerge implements MergeParticipant {

    private static final String[] CLIENT_TABLES = {"fit_membership", "fit_checkin", "fit_booking"};

    private final JpaTemplate jpa;
    private final MemberStages stages;
    private final AuditTrail audit;
    private final ClubCalendar calendar = ClubCalendar.system();

    @Activate
    public FitnessMerge(@Reference(target = PlanStore.UNIT_FILTER) JpaTemplate jpa, @Reference MemberStages stages,
                        @Reference AuditTrail audit) {
        this.jpa = UnitGuard.guard(jpa);
        this.stages = stages;
        this.audit = audit;
    }

    @Override
    public String moduleId() {
        return ModuleDescriptor.ID;
    }

    @Override
    public int merge(String survivorClientId, String mergedClientId) {
        int moved = jpa.txExpr(TransactionType.Mandatory, em -> {
            for (BookingEntity dropped : BookingPairs.dropped(em, survivorClientId, mergedClientId)) {
                remove(em, dropped);
            }
            em.flush();
            int count = 0;
            for (String table : CLIENT_TABLES) {
                count += em.createNativeQuery("UPDATE " + table + " SET client_id = ? WHERE client_id = ?")
                        .setParameter(1, survivorClientId).setParameter(2, mergedClientId).executeUpdate();
            }
            em.createNativeQuery("DELETE FROM fit_member WHERE client_id = ?").setParameter(1, mergedClientId).executeUpdate();
            return count;
        });
        if (moved > 0) {
            stages.recompute(survivorClientId);
        }
        return moved;
    }

    @Override
    public int delete(String clientId) {
        return jpa.txExpr(TransactionType.Mandatory, em -> {
            List<BookingEntity> bookings = em.createQuery("SELECT b FROM BookingEntity b WHERE b.clientId = :client",
                    BookingEntity.class).setParameter("client", clientId).getResultList();
            bookings.forEach(booking -> remove(em, booking));
            List<MembershipEntity> memberships = em.createQuery("SELECT m FROM MembershipEntity m WHERE m.clientId = :client",
                    MembershipEntity.class).setParameter("client", clientId).getResultList();
            for (MembershipEntity membership : memberships) {
                audit.record(AuditAction.DELETE, MembershipStore.RECORD_TYPE, membership.id(), membership.toMembership(calendar.today()),
                        null);
                em.remove(membership);
            }
            em.flush();
            // a visit names the client and the membership it used; either leads here
            int visits = em.createNativeQuery("DELETE FROM fit_checkin WHERE client_id = ?").setParameter(1, clientId).executeUpdate();
            for (MembershipEntity membership : memberships) {
                visits += em.createNativeQuery("DELETE FROM fit_checkin WHERE membership_id = ?").setParameter(1, membership.id())
                        .executeUpdate();
            }
            em.createNativeQuery("DELETE FROM fit_member WHERE client_id = ?").setParameter(1, clientId).executeUpdate();
            return bookings.size() + memberships.size() + visits;
        });
    }

    /** Removes a booking, freeing its place when it holds one (whatever the class's state, as a cancellation does). */
    private void remove(EntityManager em, BookingEntity booking) {
        if (booking.status() != BookingStatus.CANCELLED) {
            em.createQuery("UPDATE ClassEntity c SET c.booked = c.booked - 1, c.version = c.version + 1"
                    + " WHERE c.id = :id AND c.booked > 0").setParameter("id", booking.classId()).executeUpdate();
        }
        audit.record(AuditAction.DELETE, ClassSchedule.BOOKING_RECORD, booking.id(), booking.toBooking(), null);
        em.remove(booking);
    }
}
