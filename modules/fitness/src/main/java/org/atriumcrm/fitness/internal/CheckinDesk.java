package org.atriumcrm.fitness.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import javax.persistence.EntityManager;
import javax.persistence.TypedQuery;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.atriumcrm.core.api.ValidationException;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Answers the access-control system: may this card enter now? Every attempt is recorded, denied
 * ones too. It gates a turnstile, so it reads by unique indexes only and writes two rows at most.
 */
@Component(service = CheckinDesk.class)
public class CheckinDesk {

    static final int MAX_REQUEST_ID = 100;
    static final int MAX_LIMIT = 200;

    private final JpaTemplate jpa;
    /** The club's calendar: "today" is the day in the server's zone. */
    private final Clock clock = Clock.systemDefaultZone();

    @Activate
    public CheckinDesk(@Reference(target = PlanStore.UNIT_FILTER) JpaTemplate jpa, @Reference ModuleSchema schema) {
        this.jpa = jpa;
    }

    /**
     * Decides and records one attempt; a pack's visit is counted in the same transaction.
     *
     * @throws ValidationException naming {@code card} or {@code requestId} when malformed
     */
    public CheckinAnswer checkIn(CheckinRequest request) {
        if (request == null) {
            throw ValidationException.of("body", "is required");
        }
        String card = CardNumbers.normalize(request.card(), "card");
        String requestId = requestId(request.requestId());
        try {
            return jpa.txExpr(TransactionType.Required, em -> answered(em, requestId)
                    .orElseGet(() -> decideAndRecord(em, card, requestId)));
        } catch (RuntimeException e) {
            // the same request arriving twice at once: the unique request id let the other one through
            // (and rolled this one back, visit included); its answer is the answer
            return jpa.txExpr(TransactionType.Supports, em -> answered(em, requestId)).orElseThrow(() -> e);
        }
    }

    private CheckinAnswer decideAndRecord(EntityManager em, String card, String requestId) {
        LocalDate today = LocalDate.now(clock);
        List<MembershipEntity> found = em.createQuery("SELECT m FROM MembershipEntity m WHERE m.card = :card", MembershipEntity.class)
                .setParameter("card", card).getResultList();
        CheckinAnswer answer;
        if (found.isEmpty()) {
            answer = new CheckinAnswer(Decision.DENY, DenialReason.UNKNOWN_CARD, null, null, null);
        } else {
            MembershipEntity membership = found.get(0);
            MembershipTerms terms = membership.terms();
            DenialReason reason = terms.denialOn(today);
            Integer visitsLeft = terms.visitsLeft();
            if (reason == null && visitsLeft != null) {
                Integer afterVisit = countVisit(em, membership.id());
                // another turnstile took the last visit since the membership was read
                reason = afterVisit == null ? DenialReason.NO_VISITS_LEFT : null;
                visitsLeft = afterVisit == null ? Integer.valueOf(0) : afterVisit;
            }
            answer = new CheckinAnswer(reason == null ? Decision.ALLOW : Decision.DENY, reason, membership.id(),
                    membership.clientId(), visitsLeft);
        }
        em.persist(new CheckinEntity(UUID.randomUUID().toString(), requestId, card, LocalDateTime.now(ZoneOffset.UTC), answer));
        return answer;
    }

    /**
     * Takes one visit off a pack in a single conditional update, so two turnstiles at once cannot
     * both take the last one.
     *
     * @return the visits left after this one, or {@code null} when none was left to take
     */
    private static Integer countVisit(EntityManager em, String membershipId) {
        int taken = em.createQuery("UPDATE MembershipEntity m SET m.visitsLeft = m.visitsLeft - 1, m.version = m.version + 1"
                + " WHERE m.id = :id AND m.visitsLeft > 0").setParameter("id", membershipId).executeUpdate();
        if (taken == 0) {
            return null;
        }
        return em.createQuery("SELECT m.visitsLeft FROM MembershipEntity m WHERE m.id = :id", Integer.class)
                .setParameter("id", membershipId).getSingleResult();
    }

    private static Optional<CheckinAnswer> answered(EntityManager em, String requestId) {
        return em.createQuery("SELECT c FROM CheckinEntity c WHERE c.requestId = :request", CheckinEntity.class)
                .setParameter("request", requestId).getResultList().stream().findFirst().map(CheckinEntity::toAnswer);
    }

    private static String requestId(String requestId) {
        if (requestId == null) {
            return UUID.randomUUID().toString();
        }
        String value = requestId.strip();
        if (value.isEmpty()) {
            throw ValidationException.of("requestId", "must not be blank when given");
        }
        if (value.length() > MAX_REQUEST_ID) {
            throw ValidationException.of("requestId", "is longer than " + MAX_REQUEST_ID + " characters");
        }
        return value;
    }

    /** Attempts with a card, or of a client, newest first; exactly one of the two is given. */
    public List<Checkin> attempts(String card, String clientId, int limit) {
        boolean byCard = card != null && !card.isBlank();
        boolean byClient = clientId != null && !clientId.isBlank();
        if (byCard == byClient) {
            throw ValidationException.of(byCard ? "clientId" : "card", byCard ? "cannot be combined with card" : "or clientId is required");
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            throw ValidationException.of("limit", "must be between 1 and " + MAX_LIMIT);
        }
        String column = byCard ? "c.card" : "c.clientId";
        String value = byCard ? CardNumbers.normalize(card, "card") : clientId;
        return jpa.txExpr(TransactionType.Supports, em -> em.createQuery("SELECT c FROM CheckinEntity c WHERE " + column
                + " = :value ORDER BY c.at DESC, c.id DESC", CheckinEntity.class).setParameter("value", value)
                .setMaxResults(limit).getResultList().stream().map(CheckinEntity::toCheckin).toList());
    }

    /**
     * A client's allowed check-ins (visits) newest first, before a position of the timeline: all
     * when {@code before} is null, else those earlier, or at the same time with a lower id.
     */
    public List<Checkin> visits(String clientId, Instant before, String beforeId, int limit) {
        String keyset = before == null ? "" : " AND (c.at < :at OR (c.at = :at AND c.id < :id))";
        return jpa.txExpr(TransactionType.Supports, em -> {
            TypedQuery<CheckinEntity> query = em.createQuery("SELECT c FROM CheckinEntity c WHERE c.clientId = :client"
                    + " AND c.decision = :allow" + keyset + " ORDER BY c.at DESC, c.id DESC", CheckinEntity.class);
            query.setParameter("client", clientId).setParameter("allow", Decision.ALLOW);
            if (before != null) {
                query.setParameter("at", LocalDateTime.ofInstant(before, ZoneOffset.UTC));
                query.setParameter("id", beforeId == null ? "" : beforeId);
            }
            return query.setMaxResults(Math.min(limit, MAX_LIMIT)).getResultList().stream().map(CheckinEntity::toCheckin).toList();
        });
    }
}
