package org.atriumcrm.fitness.internal;

import java.time.LocalDateTime;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.Version;

/** A trainer of the club, in {@code fit_trainer}. */
@Entity
@Table(name = "fit_trainer")
public class TrainerEntity {

    @Id
    @Column(name = "id", length = 36)
    private String id;

    @Column(name = "name", length = 100, nullable = false)
    private String name;

    @Column(name = "email", length = 254)
    private String email;

    @Column(name = "phone", length = 40)
    private String phone;

    /** UTC */
    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected TrainerEntity() {
        // for JPA
    }

    TrainerEntity(String id, TrainerDraft draft, LocalDateTime createdAt) {
        this.id = id;
        this.createdAt = createdAt;
        apply(draft);
    }

    final void apply(TrainerDraft draft) {
        this.name = draft.name();
        this.email = draft.email();
        this.phone = draft.phone();
    }

    String id() {
        return id;
    }

    String name() {
        return name;
    }

    long version() {
        return version;
    }

    Trainer toTrainer() {
        return new Trainer(id, name, email, phone, ClubCalendar.instant(createdAt), version);
    }
}
