package org.atriumcrm.fitness.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
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
    /** Readers' clocks drift: a moment this little ahead of ours is still "now". */
    static final Duration CLOCK_SKEW = Duration.ofMinutes(5);

    private final JpaTemplate jpa;
    private final FitnessSettings settings;
    private final MemberStages stages;
    private final FitnessEventPoster events;
    private final ClubCalendar calendar = ClubCalendar.system();

    @Activate
    public CheckinDesk(@Reference(target = PlanStore.UNIT_FILTER) JpaTemplate jpa, @Reference ModuleSchema schema,
                       @Reference FitnessSettings settings, @Reference MemberStages stages,
                       @Reference FitnessEventPoster events) {
        this.jpa = UnitGuard.guard(jpa);
        this.settings = settings;
        this.stages = stages;
        this.events = events;
    }

    /**
     * Decides and records one attempt; a pack's visit is counted in the same transaction. After an
     * allowed visit the member's lifecycle stage is recomputed.
     *
     * @throws ValidationException naming {@code card}, {@code requestId} or {@code at} when malformed
     */
    public CheckinAnswer checkIn(CheckinRequest request) {
        if (request == null) {
            throw ValidationException.of("body", "is required");
        }
        String card = CardNumbers.normalize(request.card(), "card");
        String requestId = requestId(request.requestId());
        Instant at = moment(request.at());
        CheckinAnswer answer;
        try {
            answer = jpa.txExpr(TransactionType.Required, em -> answered(em, requestId)
                    .orElseGet(() -> decideAndRecord(em, card, requestId, at)));
        } catch (RuntimeException e) {
            // the same request arriving twice at once: the unique request id let the other one through
            // (and rolled this one back, visit included); its answer is the answer
            answer = jpa.txExpr(TransactionType.Supports, em -> answered(em, requestId)).orElseThrow(() -> e);
        }
        if (answer.decision() == Decision.ALLOW) {
            stages.recomputeQuietly(answer.clientId());
        }
        return answer;
    }

    /** When the card was presented: now, or a past moment an offline reader kept. */
    private Instant moment(Instant at) {
        Instant now = calendar.now();
        if (at == null) {
            return now;
        }
        if (at.isAfter(now.plus(CLOCK_SKEW))) {
            throw ValidationException.of("at", "is in the future");
        }
        int maxAge = settings.checkinMaxAgeDays();
        if (at.isBefore(now.minus(Duration.ofDays(maxAge)))) {
            throw ValidationException.of("at", "is more than " + maxAge + " days ago");
        }
        return at.isAfter(now) ? now : at;
    }

    private CheckinAnswer decideAndRecord(EntityManager em, String card, String requestId, Instant at) {
        LocalDate day = calendar.dayOf(at);
        List<MembershipEntity> chain = em.createQuery("SELECT m FROM MembershipEntity m WHERE m.card = :card"
                + " ORDER BY m.start DESC, m.id DESC", MembershipEntity.class).setParameter("card", card).getResultList();
        CheckinAnswer answer;
        if (chain.isEmpty()) {
            answer = new CheckinAnswer(Decision.DENY, DenialReason.UNKNOWN_CARD, null, null, null);
        } else {
            MembershipEntity membership = MembershipChoice.on(chain, MembershipEntity::terms, day);
            MembershipTerms terms = membership.terms();
            DenialReason reason = terms.denialOn(day);
            Integer visitsLeft = terms.visitsLeft();
            if (reason == null && visitsLeft != null) {
                Integer afterVisit = countVisit(em, membership.id());
                // another turnstile took the last visit since the membership was read
                reason = afterVisit == null ? DenialReason.NO_VISITS_LEFT : null;
                visitsLeft = afterVisit == null ? Integer.valueOf(0) : afterVisit;
                if (afterVisit != null && afterVisit <= settings.packLowVisits()) {
                    events.post(FitnessEvents.PACK_BALANCE_LOW, Map.of(FitnessEvents.PROP_CLIENT_ID, membership.clientId(),
                            FitnessEvents.PROP_MEMBERSHIP_ID, membership.id(), FitnessEvents.PROP_VISITS_LEFT, afterVisit));
                }
            }
            answer = new CheckinAnswer(reason == null ? Decision.ALLOW : Decision.DENY, reason, membership.id(),
                    membership.clientId(), visitsLeft);
        }
        em.persist(new CheckinEntity(UUID.randomUUID().toString(), requestId, card, ClubCalendar.utc(at), answer));
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

    /**
     * Attempts with a card, or of a client, newest first; exactly one of the two is given. {@code after}
     * is the id of the last attempt of the page before.
     */
    public List<Checkin> attempts(String card, String clientId, String after, int limit) {
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
        return jpa.txExpr(TransactionType.Supports, em -> {
            CheckinEntity last = after == null ? null : em.find(CheckinEntity.class, after);
            if (after != null && last == null) {
                throw Paging.unknownCursor();
            }
            String keyset = last == null ? "" : " AND (c.at < :at OR (c.at = :at AND c.id < :id))";
            TypedQuery<CheckinEntity> query = em.createQuery("SELECT c FROM CheckinEntity c WHERE " + column + " = :value"
                    + keyset + " ORDER BY c.at DESC, c.id DESC", CheckinEntity.class).setParameter("value", value);
            if (last != null) {
                query.setParameter("at", last.at()).setParameter("id", last.id());
            }
            return query.setMaxResults(limit).getResultList().stream().map(CheckinEntity::toCheckin).toList();
        });
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
