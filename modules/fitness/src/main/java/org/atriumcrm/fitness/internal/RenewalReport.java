package org.atriumcrm.fitness.internal;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.atriumcrm.core.api.ValidationException;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Computes {@link RenewalStats} from the memberships that ended in a period and their visits. */
@Component(service = RenewalReport.class)
public class RenewalReport {

    /** The longest period one report covers. */
    static final int MAX_MONTHS = 36;
    /** Months shown when the caller names no period: this one and the eleven before. */
    static final int DEFAULT_MONTHS = 12;
    private static final int CHUNK = 500;

    private final JpaTemplate jpa;
    private final MemberStages stages;
    private final ClubCalendar calendar = ClubCalendar.system();

    @Activate
    public RenewalReport(@Reference(target = PlanStore.UNIT_FILTER) JpaTemplate jpa, @Reference ModuleSchema schema,
                         @Reference MemberStages stages) {
        this.jpa = UnitGuard.guard(jpa);
        this.stages = stages;
    }

    /**
     * @param from first month; eleven months before {@code to} when absent
     * @param to   last month; this month when absent
     * @throws ValidationException naming {@code from} or {@code to} for a period backwards or too long
     */
    public RenewalStats stats(YearMonth from, YearMonth to) {
        LocalDate today = calendar.today();
        YearMonth last = to == null ? YearMonth.from(today) : to;
        YearMonth first = from == null ? last.minusMonths(DEFAULT_MONTHS - 1L) : from;
        if (first.isAfter(last)) {
            throw ValidationException.of("from", "is after to");
        }
        if (ChronoUnit.MONTHS.between(first, last) >= MAX_MONTHS) {
            throw ValidationException.of("to", "is more than " + MAX_MONTHS + " months after from");
        }
        List<RenewalStats.Outcome> outcomes = jpa.txExpr(TransactionType.Supports, em -> {
            List<MembershipEntity> ended = em.createQuery("SELECT m FROM MembershipEntity m WHERE m.end >= :from AND m.end <= :to"
                    + " ORDER BY m.end, m.id", MembershipEntity.class).setParameter("from", first.atDay(1))
                    .setParameter("to", last.atEndOfMonth()).getResultList();
            List<MembershipEntity> decided = ended.stream()
                    .filter(m -> m.renewedById() != null || m.terms().end().isBefore(today)).toList();
            Map<String, Long> visits = new HashMap<>();
            List<String> ids = decided.stream().map(MembershipEntity::id).toList();
            for (int i = 0; i < ids.size(); i += CHUNK) {
                em.createQuery("SELECT c.membershipId, COUNT(c) FROM CheckinEntity c WHERE c.membershipId IN :ids"
                        + " AND c.decision = :allow GROUP BY c.membershipId", Object[].class)
                        .setParameter("ids", ids.subList(i, Math.min(ids.size(), i + CHUNK)))
                        .setParameter("allow", Decision.ALLOW).getResultList()
                        .forEach(row -> visits.put((String) row[0], (Long) row[1]));
            }
            List<RenewalStats.Outcome> found = new ArrayList<>();
            for (MembershipEntity membership : decided) {
                MembershipTerms terms = membership.terms();
                LocalDate ran = terms.end().isBefore(today) ? terms.end() : today;
                double weeks = Math.max(1.0, (ChronoUnit.DAYS.between(terms.start(), ran) + 1) / 7.0);
                found.add(new RenewalStats.Outcome(YearMonth.from(terms.end()), membership.planId(), membership.planName(),
                        membership.renewedById() != null, visits.getOrDefault(membership.id(), 0L) / weeks));
            }
            return found;
        });
        return RenewalStats.of(first, last, outcomes, stages.counts());
    }
}
