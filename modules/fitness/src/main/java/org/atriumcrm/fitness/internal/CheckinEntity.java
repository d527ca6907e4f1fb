package org.atriumcrm.fitness.internal;

import java.time.LocalDateTime;
import java.time.ZoneOffset;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.Id;
import javax.persistence.Table;

/**
 * One check-in attempt in {@code fit_checkin}, denied ones included. Written once, never changed:
 * the unique request id is what makes a retried attempt return its first answer.
 */
@Entity
@Table(name = "fit_checkin")
public class CheckinEntity {

    @Id
    @Column(name = "id", length = 36)
    private String id;

    @Column(name = "request_id", length = 100, nullable = false, unique = true)
    private String requestId;

    @Column(name = "card", length = 64, nullable = false)
    private String card;

    /** UTC */
    @Column(name = "checked_in_at", nullable = false)
    private LocalDateTime at;

    @Enumerated(EnumType.STRING)
    @Column(name = "decision", length = 5, nullable = false)
    private Decision decision;

    @Enumerated(EnumType.STRING)
    @Column(name = "reason", length = 20)
    private DenialReason reason;

    @Column(name = "membership_id", length = 36)
    private String membershipId;

    @Column(name = "client_id", length = 36)
    private String clientId;

    @Column(name = "visits_left")
    private Integer visitsLeft;

    protected CheckinEntity() {
        // for JPA
    }

    CheckinEntity(String id, String requestId, String card, LocalDateTime at, CheckinAnswer answer) {
        this.id = id;
        this.requestId = requestId;
        this.card = card;
        this.at = at;
        this.decision = answer.decision();
        this.reason = answer.reason();
        this.membershipId = answer.membershipId();
        this.clientId = answer.clientId();
        this.visitsLeft = answer.visitsLeft();
    }

    String id() {
        return id;
    }

    LocalDateTime at() {
        return at;
    }

    CheckinAnswer toAnswer() {
        return new CheckinAnswer(decision, reason, membershipId, clientId, visitsLeft);
    }

    Checkin toCheckin() {
        return new Checkin(id, requestId, card, at.toInstant(ZoneOffset.UTC), decision, reason, membershipId, clientId, visitsLeft);
    }
}
