package org.atriumcrm.fitness.internal;

import java.time.LocalDate;
import java.time.LocalDateTime;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.Version;

/** A member's lifecycle stage as last computed, in {@code fit_member}; one row per client with a membership. */
@Entity
@Table(name = "fit_member")
public class MemberEntity {

    @Id
    @Column(name = "client_id", length = 36)
    private String clientId;

    @Enumerated(EnumType.STRING)
    @Column(name = "stage", length = 12, nullable = false)
    private LifecycleStage stage;

    @Column(name = "stage_since", nullable = false)
    private LocalDate stageSince;

    /** UTC */
    @Column(name = "last_visit_at")
    private LocalDateTime lastVisitAt;

    /** UTC */
    @Column(name = "computed_at", nullable = false)
    private LocalDateTime computedAt;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected MemberEntity() {
        // for JPA
    }

    MemberEntity(String clientId, LifecycleStage stage, LocalDate since) {
        this.clientId = clientId;
        this.stage = stage;
        this.stageSince = since;
    }

    LifecycleStage stage() {
        return stage;
    }

    /** Records a computation; the stage's first day moves only when the stage changes. */
    void computed(LifecycleStage computed, LocalDate today, LocalDateTime lastVisit, LocalDateTime at) {
        if (computed != stage) {
            stage = computed;
            stageSince = today;
        }
        lastVisitAt = lastVisit;
        computedAt = at;
    }

    MemberStage toStage() {
        return new MemberStage(clientId, stage, stageSince, lastVisitAt == null ? null : ClubCalendar.instant(lastVisitAt));
    }
}
