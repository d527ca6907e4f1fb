package org.atriumcrm.fitness.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Currency;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.Version;

/** A plan the club sells, in {@code fit_plan}. */
@Entity
@Table(name = "fit_plan")
public class PlanEntity {

    @Id
    @Column(name = "id", length = 36)
    private String id;

    @Column(name = "name", length = 100, nullable = false)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", length = 10, nullable = false)
    private PlanKind kind;

    @Column(name = "duration_amount", nullable = false)
    private int durationAmount;

    @Enumerated(EnumType.STRING)
    @Column(name = "duration_unit", length = 10, nullable = false)
    private DurationUnit durationUnit;

    @Column(name = "visits")
    private Integer visits;

    @Column(name = "freeze_days", nullable = false)
    private int freezeDays;

    @Column(name = "price", precision = 19, scale = 4, nullable = false)
    private BigDecimal price;

    @Column(name = "currency", length = 3, nullable = false)
    private String currency;

    /** UTC */
    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected PlanEntity() {
        // for JPA
    }

    PlanEntity(String id, PlanSpec spec, LocalDateTime createdAt) {
        this.id = id;
        this.name = spec.name();
        this.kind = spec.kind();
        this.durationAmount = spec.term().amount();
        this.durationUnit = spec.term().unit();
        this.visits = spec.visits();
        this.freezeDays = spec.freezeDays();
        this.price = spec.price();
        this.currency = spec.currency().getCurrencyCode();
        this.createdAt = createdAt;
    }

    String id() {
        return id;
    }

    PlanTerm term() {
        return new PlanTerm(durationAmount, durationUnit);
    }

    Integer visits() {
        return visits;
    }

    int freezeDays() {
        return freezeDays;
    }

    String name() {
        return name;
    }

    Plan toPlan() {
        // the column keeps four decimals for any currency; the API shows the currency's own
        int digits = Currency.getInstance(currency).getDefaultFractionDigits();
        BigDecimal shown = digits < 0 ? price.stripTrailingZeros() : price.setScale(digits, RoundingMode.UNNECESSARY);
        return new Plan(id, name, kind, durationAmount, durationUnit, visits, freezeDays, shown.toPlainString(), currency,
                createdAt.toInstant(ZoneOffset.UTC), version);
    }
}
