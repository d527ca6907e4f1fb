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

    @Column(name = "card", length = 64, nullable = false, unique = true)
    private String card;

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
        this.createdAt = createdAt;
        apply(terms);
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
                terms.freezeDaysLeft(), frozenFrom, frozenUntil, createdAt.toInstant(ZoneOffset.UTC), version);
    }
}
