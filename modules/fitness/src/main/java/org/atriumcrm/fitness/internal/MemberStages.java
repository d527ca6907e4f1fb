package org.atriumcrm.fitness.internal;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import javax.persistence.EntityManager;
import javax.persistence.LockModeType;
import javax.persistence.TypedQuery;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.atriumcrm.core.api.Page;
import org.atriumcrm.core.api.ValidationException;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Members' lifecycle stages: recomputed after each visit and membership change, and by a daily run
 * that also announces memberships about to end and members who stopped coming. A changed stage is
 * stored and posted as {@link FitnessEvents#STAGE_CHANGED} after commit.
 */
@Component(service = MemberStages.class, immediate = true)
public class MemberStages {

    private static final Logger LOG = LoggerFactory.getLogger(MemberStages.class);
    /** Clients read per transaction of the daily run. */
    private static final int BATCH = 200;
    /** The daily run first starts this long after the module, so an install is not slowed by it. */
    private static final long FIRST_RUN_DELAY_SECONDS = 60;

    private final JpaTemplate jpa;
    private final FitnessSettings settings;
    private final FitnessEventPoster events;
    private final ClubCalendar calendar = ClubCalendar.system();
    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "atrium-fitness-daily");
        thread.setDaemon(true);
        return thread;
    });

    @Activate
    public MemberStages(@Reference(target = PlanStore.UNIT_FILTER) JpaTemplate jpa, @Reference ModuleSchema schema,
                        @Reference FitnessSettings settings, @Reference FitnessEventPoster events) {
        this.jpa = UnitGuard.guard(jpa);
        this.settings = settings;
        this.events = events;
        long period = TimeUnit.MINUTES.toSeconds(settings.dailyPeriodMinutes());
        scheduler.scheduleWithFixedDelay(this::dailyRun, FIRST_RUN_DELAY_SECONDS, period, TimeUnit.SECONDS);
    }

    @Deactivate
    void stop() {
        scheduler.shutdownNow();
    }

    /**
     * Recomputes a member's stage now, in its own transaction (or the caller's).
     *
     * @return the stage, or empty for a client without memberships
     */
    public Optional<LifecycleStage> recompute(String clientId) {
        try {
            return jpa.txExpr(TransactionType.Required, em -> recompute(em, clientId));
        } catch (RuntimeException first) {
            // the first visits of a new member at once: both inserted the member row, one lost; once more finds it
            return jpa.txExpr(TransactionType.Required, em -> recompute(em, clientId));
        }
    }

    /** As {@link #recompute(String)}, but a failure is logged and never reaches the caller (a turnstile). */
    void recomputeQuietly(String clientId) {
        if (clientId == null) {
            return;
        }
        try {
            recompute(clientId);
        } catch (RuntimeException e) {
            LOG.warn("The stage of member {} could not be recomputed; the daily run will", clientId, e);
        }
    }

    private Optional<LifecycleStage> recompute(EntityManager em, String clientId) {
        List<MembershipEntity> memberships = em.createQuery("SELECT m FROM MembershipEntity m WHERE m.clientId = :client",
                MembershipEntity.class).setParameter("client", clientId).getResultList();
        if (memberships.isEmpty()) {
            return Optional.empty();
        }
        LocalDate today = calendar.today();
        StageThresholds limits = settings.thresholds();
        MemberFacts facts = facts(em, clientId, memberships, today, limits);
        LifecycleStage stage = StageRules.stage(facts, today, limits);
        LocalDateTime lastVisit = em.createQuery("SELECT MAX(c.at) FROM CheckinEntity c WHERE c.clientId = :client"
                + " AND c.decision = :allow", LocalDateTime.class).setParameter("client", clientId)
                .setParameter("allow", Decision.ALLOW).getSingleResult();
        MemberEntity member = em.find(MemberEntity.class, clientId, LockModeType.PESSIMISTIC_WRITE);
        LifecycleStage previous = member == null ? null : member.stage();
        if (member == null) {
            member = new MemberEntity(clientId, stage, today);
            em.persist(member);
        }
        member.computed(stage, today, lastVisit, ClubCalendar.utc(calendar.now()));
        em.flush();
        if (previous != stage) {
            Map<String, Object> properties = new HashMap<>();
            properties.put(FitnessEvents.PROP_CLIENT_ID, clientId);
            properties.put(FitnessEvents.PROP_STAGE, stage.name());
            if (previous != null) {
                properties.put(FitnessEvents.PROP_PREVIOUS_STAGE, previous.name());
            }
            events.post(FitnessEvents.STAGE_CHANGED, properties);
        }
        return Optional.of(stage);
    }

    private MemberFacts facts(EntityManager em, String clientId, List<MembershipEntity> memberships, LocalDate today,
                              StageThresholds limits) {
        LocalDate firstStart = null;
        LocalDate lastValidDay = null;
        boolean frozen = false;
        for (MembershipEntity membership : memberships) {
            MembershipTerms terms = membership.terms();
            firstStart = firstStart == null || terms.start().isBefore(firstStart) ? terms.start() : firstStart;
            LocalDate validUntil = terms.end();
            if (terms.visitsLeft() != null && terms.visitsLeft() <= 0) {
                validUntil = lastVisitDay(em, membership.id()).filter(day -> day.isBefore(terms.end())).orElse(terms.end());
            }
            lastValidDay = lastValidDay == null || validUntil.isAfter(lastValidDay) ? validUntil : lastValidDay;
            frozen |= terms.frozenOn(today);
        }
        LocalDate recentFrom = StageRules.recentFrom(today, limits);
        LocalDate baselineFrom = StageRules.baselineFrom(today, firstStart, limits);
        int baselineDays = (int) Math.max(0, ChronoUnit.DAYS.between(baselineFrom, recentFrom));
        int recent = visits(em, clientId, recentFrom, today.plusDays(1));
        int baseline = baselineDays == 0 ? 0 : visits(em, clientId, baselineFrom, recentFrom);
        return new MemberFacts(firstStart, lastValidDay, frozen, recent, baseline, baselineDays);
    }

    /** Allowed visits of a client on the club days from {@code from} up to, not including, {@code until}. */
    private int visits(EntityManager em, String clientId, LocalDate from, LocalDate until) {
        Long count = em.createQuery("SELECT COUNT(c) FROM CheckinEntity c WHERE c.clientId = :client AND c.decision = :allow"
                        + " AND c.at >= :from AND c.at < :until", Long.class)
                .setParameter("client", clientId).setParameter("allow", Decision.ALLOW)
                .setParameter("from", calendar.startOf(from)).setParameter("until", calendar.startOf(until)).getSingleResult();
        return count == null ? 0 : count.intValue();
    }

    private Optional<LocalDate> lastVisitDay(EntityManager em, String membershipId) {
        LocalDateTime last = em.createQuery("SELECT MAX(c.at) FROM CheckinEntity c WHERE c.membershipId = :membership"
                + " AND c.decision = :allow", LocalDateTime.class).setParameter("membership", membershipId)
                .setParameter("allow", Decision.ALLOW).getSingleResult();
        return Optional.ofNullable(last).map(at -> calendar.dayOf(ClubCalendar.instant(at)));
    }

    /** The stage last computed; empty for a client who never had a membership. */
    public Optional<MemberStage> stage(String clientId) {
        return jpa.txExpr(TransactionType.Supports, em -> Optional.ofNullable(em.find(MemberEntity.class, clientId))
                .map(MemberEntity::toStage));
    }

    /** How many members are in each stage now; every stage is present, with 0 if none. */
    public Map<LifecycleStage, Long> counts() {
        Map<LifecycleStage, Long> counts = new EnumMap<>(LifecycleStage.class);
        for (LifecycleStage stage : LifecycleStage.values()) {
            counts.put(stage, 0L);
        }
        jpa.txExpr(TransactionType.Supports, em -> em.createQuery("SELECT m.stage, COUNT(m) FROM MemberEntity m GROUP BY m.stage",
                Object[].class).getResultList()).forEach(row -> counts.put((LifecycleStage) row[0], (Long) row[1]));
        return counts;
    }

    /** The members in a stage by client id, a page at a time; {@code after} is the last client id of the page before. */
    public Page<MemberStage> inStage(LifecycleStage stage, String after, int limit) {
        if (stage == null) {
            throw ValidationException.of("stage", "is required (" + List.of(LifecycleStage.values()) + ")");
        }
        List<MemberStage> found = jpa.txExpr(TransactionType.Supports, em -> {
            TypedQuery<MemberEntity> query = em.createQuery("SELECT m FROM MemberEntity m WHERE m.stage = :stage"
                    + (after == null ? "" : " AND m.clientId > :after") + " ORDER BY m.clientId", MemberEntity.class)
                    .setParameter("stage", stage).setMaxResults(limit + 1);
            if (after != null) {
                query.setParameter("after", after);
            }
            return query.getResultList().stream().map(MemberEntity::toStage).toList();
        });
        return Paging.page(found, limit, MemberStage::clientId);
    }

    /**
     * The daily run: every member's stage, then one event per current membership ending within the
     * notice days and per member who has not come for a while. Each batch in its own transaction.
     */
    void dailyRun() {
        try {
            String after = "";
            List<String> clients;
            do {
                String from = after;
                clients = jpa.txExpr(TransactionType.Supports, em -> em.createQuery("SELECT DISTINCT m.clientId FROM MembershipEntity m"
                        + " WHERE m.clientId > :after ORDER BY m.clientId", String.class).setParameter("after", from)
                        .setMaxResults(BATCH).getResultList());
                clients.forEach(this::recomputeQuietly);
                after = clients.isEmpty() ? after : clients.get(clients.size() - 1);
            } while (clients.size() == BATCH);
            announceExpiring();
            announceAbsent();
        } catch (RuntimeException e) {
            LOG.warn("The daily fitness run failed; it runs again at the next period", e);
        }
    }

    private void announceExpiring() {
        LocalDate today = calendar.today();
        LocalDate until = today.plusDays(settings.expiryNoticeDays());
        List<Object[]> ending = jpa.txExpr(TransactionType.Supports, em -> em.createQuery("SELECT m.clientId, m.id, m.end"
                + " FROM MembershipEntity m WHERE m.end >= :today AND m.end <= :until AND m.renewedById IS NULL", Object[].class)
                .setParameter("today", today).setParameter("until", until).getResultList());
        for (Object[] row : ending) {
            events.post(FitnessEvents.MEMBERSHIP_EXPIRING, Map.of(FitnessEvents.PROP_CLIENT_ID, row[0],
                    FitnessEvents.PROP_MEMBERSHIP_ID, row[1],
                    FitnessEvents.PROP_DAYS_LEFT, (int) ChronoUnit.DAYS.between(today, (LocalDate) row[2])));
        }
    }

    private void announceAbsent() {
        LocalDate today = calendar.today();
        List<Object[]> absent = jpa.txExpr(TransactionType.Supports, em -> em.createQuery("SELECT m.clientId, m.lastVisitAt"
                + " FROM MemberEntity m WHERE m.stage <> :lapsed AND m.lastVisitAt >= :from AND m.lastVisitAt < :until", Object[].class)
                .setParameter("lapsed", LifecycleStage.LAPSED)
                .setParameter("from", calendar.startOf(today.minusDays(settings.noVisitMaxDays())))
                .setParameter("until", calendar.startOf(today)).getResultList());
        for (Object[] row : absent) {
            LocalDate lastDay = calendar.dayOf(ClubCalendar.instant((LocalDateTime) row[1]));
            events.post(FitnessEvents.NO_VISIT, Map.of(FitnessEvents.PROP_CLIENT_ID, row[0],
                    FitnessEvents.PROP_DAYS_SINCE_VISIT, (int) ChronoUnit.DAYS.between(lastDay, today)));
        }
    }
}
