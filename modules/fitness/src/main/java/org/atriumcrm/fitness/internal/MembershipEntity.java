package org.atriumcrm.fitness.internal;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.Version;

/**
 * A client's membership, in {@code fit_membership}. The client and the plan are referenced by id;
 * what the rules need from the plan (visits, freeze days) is copied at sale, so a later change of
 * the plan does not change what the member bought.
 */
@Entity
@Table(name = "fit_membership")
public class MembershipEntity {

    @Id
    @Column(name = "id", length = 36)
    private String id;

    @Column(name = "client_id", length = 36, nullable = false)
    private String clientId;

    @Column(name = "plan_id", length = 36, nullable = false)
    private String planId;

    @Column(name = "plan_name", length = 100, nullable = false)
    private String planName;

    @Column(name = "card", length = 64, nullable = false)
    private String card;

    /** The card while the membership is current, {@code null} once renewed: unique among current memberships. */
    @Column(name = "current_card", length = 64, unique = true)
    private String currentCard;

    @Column(name = "start_date", nullable = false)
    private LocalDate start;

    @Column(name = "end_date", nullable = false)
    private LocalDate end;

    @Column(name = "visits_left")
    private Integer visitsLeft;

    @Column(name = "freeze_days_allowed", nullable = false)
    private int freezeDaysAllowed;

    @Column(name = "freeze_days_used", nullable = false)
    private int freezeDaysUsed;

    @Column(name = "frozen_from")
    private LocalDate frozenFrom;

    @Column(name = "frozen_until")
    private LocalDate frozenUntil;

    /** The membership this one renews; {@code null} for a first sale. */
    @Column(name = "renews_id", length = 36)
    private String renewsId;

    /** The membership that renewed this one; {@code null} while it is current. */
    @Column(name = "renewed_by_id", length = 36)
    private String renewedById;

    /** UTC */
    @Column(name = "renewed_at")
    private LocalDateTime renewedAt;

    /** UTC */
    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected MembershipEntity() {
        // for JPA
    }

    MembershipEntity(String id, String clientId, PlanEntity plan, String card, MembershipTerms terms, LocalDateTime createdAt) {
        this.id = id;
        this.clientId = clientId;
        this.planId = plan.id();
        this.planName = plan.name();
        this.card = card;
        this.currentCard = card;
        this.createdAt = createdAt;
        apply(terms);
    }

    /** A renewal of {@code renewed}: the same client and card, a new plan and terms. */
    static MembershipEntity renewal(String id, MembershipEntity renewed, PlanEntity plan, MembershipTerms terms, LocalDateTime createdAt) {
        MembershipEntity renewal = new MembershipEntity(id, renewed.clientId, plan, renewed.card, terms, createdAt);
        renewal.renewsId = renewed.id;
        return renewal;
    }

    /** Marks this membership renewed: it is no longer current and gives its card up to the renewal. */
    void renewedBy(String renewalId, LocalDateTime at) {
        this.renewedById = renewalId;
        this.renewedAt = at;
        this.currentCard = null;
    }

    String renewedById() {
        return renewedById;
    }

    String card() {
        return card;
    }

    String planId() {
        return planId;
    }

    String planName() {
        return planName;
    }

    String id() {
        return id;
    }

    String clientId() {
        return clientId;
    }

    long version() {
        return version;
    }

    MembershipTerms terms() {
        return new MembershipTerms(start, end, visitsLeft, freezeDaysAllowed, freezeDaysUsed, frozenFrom, frozenUntil);
    }

    final void apply(MembershipTerms terms) {
        this.start = terms.start();
        this.end = terms.end();
        this.visitsLeft = terms.visitsLeft();
        this.freezeDaysAllowed = terms.freezeDaysAllowed();
        this.freezeDaysUsed = terms.freezeDaysUsed();
        this.frozenFrom = terms.frozenFrom();
        this.frozenUntil = terms.frozenUntil();
    }

    Membership toMembership(LocalDate today) {
        MembershipTerms terms = terms();
        return new Membership(id, clientId, planId, planName, card, start, end, terms.status(today), visitsLeft,
                terms.freezeDaysLeft(), frozenFrom, frozenUntil, renewsId, renewedById, createdAt.toInstant(ZoneOffset.UTC), version);
    }
}
