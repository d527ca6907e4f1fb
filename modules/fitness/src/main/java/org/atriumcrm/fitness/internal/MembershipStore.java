package org.atriumcrm.fitness.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;
import java.util.function.BiFunction;

import javax.persistence.EntityManager;
import javax.persistence.LockModeType;
import javax.persistence.TypedQuery;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.atriumcrm.core.api.ClientAccess;
import org.atriumcrm.core.api.FieldError;
import org.atriumcrm.core.api.RecordNotFoundException;
import org.atriumcrm.core.api.ValidationException;
import org.atriumcrm.core.api.VersionConflictException;
import org.atriumcrm.core.api.security.AuditAction;
import org.atriumcrm.core.api.security.AuditTrail;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Clients' memberships: selling one, reading them, freezing and unfreezing. */
@Component(service = MembershipStore.class)
public class MembershipStore {

    static final String RECORD_TYPE = ModuleDescriptor.ID + ".membership";
    static final int MAX_LIMIT = 200;
    /** How far from today a membership may start; further is a typing mistake. */
    static final int MAX_YEARS_FROM_TODAY = 5;

    private final JpaTemplate jpa;
    private final ClientAccess clients;
    private final AuditTrail audit;
    private final MemberStages stages;
    /** The club's calendar: "today" is the day in the server's zone. */
    private final Clock clock = Clock.systemDefaultZone();

    @Activate
    public MembershipStore(@Reference(target = PlanStore.UNIT_FILTER) JpaTemplate jpa, @Reference ClientAccess clients,
                           @Reference AuditTrail audit, @Reference ModuleSchema schema, @Reference MemberStages stages) {
        this.jpa = UnitGuard.guard(jpa);
        this.clients = clients;
        this.audit = audit;
        this.stages = stages;
    }

    /**
     * Sells a membership of a plan to a client; it ends when the plan's term says.
     *
     * @throws ValidationException naming every bad field (an unknown client or plan, a card in use …)
     */
    public Membership create(MembershipDraft draft) {
        if (draft == null) {
            throw ValidationException.of("body", "is required");
        }
        LocalDate today = LocalDate.now(clock);
        List<FieldError> errors = new ArrayList<>();
        String card = validCard(draft.card(), errors);
        checkClient(draft.clientId(), errors);
        // checked before the writing transaction: a refusal then has nothing to roll back
        PlanEntity plan = jpa.txExpr(TransactionType.Supports, em -> {
            if (card != null && cardInUse(em, card)) {
                errors.add(cardInUse());
            }
            return plan(em, draft.planId(), errors);
        });
        LocalDate start = draft.start() == null ? today : draft.start();
        if (start.isBefore(today.minusYears(MAX_YEARS_FROM_TODAY)) || start.isAfter(today.plusYears(MAX_YEARS_FROM_TODAY))) {
            errors.add(new FieldError("start", "must be within " + MAX_YEARS_FROM_TODAY + " years of today"));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        MembershipTerms terms = MembershipTerms.sold(start, plan.term(), plan.visits(), plan.freezeDays());
        MembershipEntity entity = new MembershipEntity(UUID.randomUUID().toString(), draft.clientId(), plan, card, terms,
                LocalDateTime.now(ZoneOffset.UTC));
        try {
            Membership sold = jpa.txExpr(TransactionType.Required, em -> {
                em.persist(entity);
                em.flush();
                Membership membership = entity.toMembership(today);
                audit.record(AuditAction.CREATE, RECORD_TYPE, membership.id(), null, membership);
                return membership;
            });
            stages.recomputeQuietly(sold.clientId());
            return sold;
        } catch (RuntimeException e) {
            // two sales of one card at once: the unique index lets one through, the other hears why
            if (jpa.txExpr(TransactionType.Supports, em -> cardInUse(em, card))) {
                throw new ValidationException(List.of(cardInUse()));
            }
            throw e;
        }
    }

    /** @throws RecordNotFoundException when there is no such membership */
    public Membership get(String id) {
        LocalDate today = LocalDate.now(clock);
        return jpa.txExpr(TransactionType.Supports, em -> Optional.ofNullable(em.find(MembershipEntity.class, id))
                .map(entity -> entity.toMembership(today))).orElseThrow(() -> new RecordNotFoundException(RECORD_TYPE, id));
    }

    /**
     * A client's memberships, the latest start first; {@code after} is the id of the last membership
     * of the page before ({@code null} for the first).
     *
     * @throws RecordNotFoundException when there is no such client, or the caller does not reach it
     */
    public List<Membership> ofClient(String clientId, String after, int limit) {
        if (clientId == null || clientId.isBlank()) {
            throw ValidationException.of("clientId", "is required");
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            throw ValidationException.of("limit", "must be between 1 and " + MAX_LIMIT);
        }
        clients.requireReach(clientId);
        LocalDate today = LocalDate.now(clock);
        return jpa.txExpr(TransactionType.Supports, em -> {
            MembershipEntity last = after == null ? null : em.find(MembershipEntity.class, after);
            if (after != null && (last == null || !last.clientId().equals(clientId))) {
                throw Paging.unknownCursor();
            }
            String keyset = last == null ? "" : " AND (m.start < :start OR (m.start = :start AND m.id < :id))";
            TypedQuery<MembershipEntity> query = em.createQuery("SELECT m FROM MembershipEntity m WHERE m.clientId = :client"
                    + keyset + " ORDER BY m.start DESC, m.id DESC", MembershipEntity.class).setParameter("client", clientId);
            if (last != null) {
                query.setParameter("start", last.terms().start()).setParameter("id", last.id());
            }
            return query.setMaxResults(limit).getResultList().stream().map(entity -> entity.toMembership(today)).toList();
        });
    }

    /**
     * Renews a membership: a new one for the same client and card, of {@code planId} (the same plan when
     * absent), starting the day after the old one ends, or today if it has ended or its pack is used up.
     * The old one is marked renewed and is no longer current.
     *
     * @throws ValidationException naming {@code membership} when it was renewed already, {@code planId} when unknown
     */
    public Membership renew(String id, RenewRequest request, OptionalLong expectedVersion) {
        LocalDate today = LocalDate.now(clock);
        Outcome outcome = jpa.txExpr(TransactionType.Required, em -> {
            MembershipEntity old = em.find(MembershipEntity.class, id, LockModeType.PESSIMISTIC_WRITE);
            if (old == null) {
                return Outcome.refused(new RecordNotFoundException(RECORD_TYPE, id));
            }
            if (expectedVersion.isPresent() && expectedVersion.getAsLong() != old.version()) {
                return Outcome.refused(new VersionConflictException(id, expectedVersion.getAsLong(), old.version()));
            }
            if (old.renewedById() != null) {
                return Outcome.refused(ValidationException.of(MembershipTerms.MEMBERSHIP,
                        "was renewed already by membership " + old.renewedById()));
            }
            List<FieldError> errors = new ArrayList<>();
            String planId = request == null || request.planId() == null ? old.planId() : request.planId();
            PlanEntity plan = plan(em, planId, errors);
            if (!errors.isEmpty()) {
                return Outcome.refused(new ValidationException(errors));
            }
            MembershipTerms terms = MembershipTerms.sold(old.terms().renewalStart(today), plan.term(), plan.visits(), plan.freezeDays());
            LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC);
            MembershipEntity renewal = MembershipEntity.renewal(UUID.randomUUID().toString(), old, plan, terms, now);
            Membership before = old.toMembership(today);
            old.renewedBy(renewal.id(), now);
            // the old row gives its card up before the renewal takes it (current cards are unique)
            em.flush();
            em.persist(renewal);
            em.flush();
            audit.record(AuditAction.UPDATE, RECORD_TYPE, id, before, old.toMembership(today));
            Membership renewed = renewal.toMembership(today);
            audit.record(AuditAction.CREATE, RECORD_TYPE, renewed.id(), null, renewed);
            return new Outcome(renewed, null);
        });
        if (outcome.refusal() != null) {
            throw outcome.refusal();
        }
        stages.recomputeQuietly(outcome.membership().clientId());
        return outcome.membership();
    }

    /** Freezes for {@code days} more days; the end moves by them. See {@link MembershipTerms#freeze}. */
    public Membership freeze(String id, Integer days, OptionalLong expectedVersion) {
        return change(id, expectedVersion, (terms, today) -> terms.freeze(days, today));
    }

    /** Ends the current freeze today; unused days go back. See {@link MembershipTerms#unfreeze}. */
    public Membership unfreeze(String id, OptionalLong expectedVersion) {
        return change(id, expectedVersion, MembershipTerms::unfreeze);
    }

    /**
     * Applies a rule to the locked row, so a check-in counting a visit at the same moment waits for it.
     * A refusal leaves the transaction with nothing written and is thrown after it, not through it.
     */
    private Membership change(String id, OptionalLong expectedVersion, BiFunction<MembershipTerms, LocalDate, MembershipTerms> rule) {
        LocalDate today = LocalDate.now(clock);
        Outcome outcome = jpa.txExpr(TransactionType.Required, em -> {
            MembershipEntity entity = em.find(MembershipEntity.class, id, LockModeType.PESSIMISTIC_WRITE);
            if (entity == null) {
                return Outcome.refused(new RecordNotFoundException(RECORD_TYPE, id));
            }
            if (expectedVersion.isPresent() && expectedVersion.getAsLong() != entity.version()) {
                return Outcome.refused(new VersionConflictException(id, expectedVersion.getAsLong(), entity.version()));
            }
            MembershipTerms changed;
            try {
                changed = rule.apply(entity.terms(), today);
            } catch (ValidationException refused) {
                return Outcome.refused(refused);
            }
            Membership before = entity.toMembership(today);
            entity.apply(changed);
            em.flush();
            Membership after = entity.toMembership(today);
            audit.record(AuditAction.UPDATE, RECORD_TYPE, id, before, after);
            return new Outcome(after, null);
        });
        if (outcome.refusal() != null) {
            throw outcome.refusal();
        }
        stages.recomputeQuietly(outcome.membership().clientId());
        return outcome.membership();
    }

    /** What a change came to: the changed membership, or why it was refused. */
    private record Outcome(Membership membership, RuntimeException refusal) {
        static Outcome refused(RuntimeException refusal) {
            return new Outcome(null, refusal);
        }
    }

    private void checkClient(String clientId, List<FieldError> errors) {
        if (clientId == null || clientId.isBlank()) {
            errors.add(FieldError.of("clientId", FieldError.REQUIRED, "is required"));
        } else if (!clients.reachable(clientId)) {
            errors.add(FieldError.of("clientId", "not_a_client", "no client has this id"));
        }
    }

    private static PlanEntity plan(EntityManager em, String planId, List<FieldError> errors) {
        if (planId == null || planId.isBlank()) {
            errors.add(FieldError.of("planId", FieldError.REQUIRED, "is required"));
            return null;
        }
        PlanEntity plan = em.find(PlanEntity.class, planId);
        if (plan == null) {
            errors.add(FieldError.of("planId", "fitness.unknown_plan", "no plan has this id"));
        }
        return plan;
    }

    /** The normalised card, or {@code null} with the reason added to {@code errors}. */
    private static String validCard(String card, List<FieldError> errors) {
        try {
            return CardNumbers.normalize(card, "card");
        } catch (ValidationException e) {
            errors.addAll(e.errors());
            return null;
        }
    }

    /** Whether a current membership (one not renewed) has the card; a renewed one gave it to its renewal. */
    private static boolean cardInUse(EntityManager em, String card) {
        return !em.createQuery("SELECT m.id FROM MembershipEntity m WHERE m.currentCard = :card", String.class)
                .setParameter("card", card).setMaxResults(1).getResultList().isEmpty();
    }

    private static FieldError cardInUse() {
        return FieldError.of("card", "fitness.card_taken", "is on another current membership; renew that one to keep the card");
    }
}
