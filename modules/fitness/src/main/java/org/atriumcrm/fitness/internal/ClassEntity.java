package org.atriumcrm.fitness.internal;

import java.time.LocalDateTime;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.Version;

/**
 * A scheduled class, in {@code fit_class}. The trainer is referenced by id. {@code booked} is changed
 * only by conditional updates, so bookings at once never take more places than there are.
 */
@Entity
@Table(name = "fit_class")
public class ClassEntity {

    @Id
    @Column(name = "id", length = 36)
    private String id;

    @Column(name = "title", length = 100, nullable = false)
    private String title;

    @Column(name = "trainer_id", length = 36, nullable = false)
    private String trainerId;

    /** UTC */
    @Column(name = "starts_at", nullable = false)
    private LocalDateTime startsAt;

    @Column(name = "minutes", nullable = false)
    private int minutes;

    @Column(name = "capacity", nullable = false)
    private int capacity;

    @Column(name = "booked", nullable = false)
    private int booked;

    @Column(name = "room", length = 100)
    private String room;

    /** UTC */
    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected ClassEntity() {
        // for JPA
    }

    ClassEntity(String id, ClassSpec spec, LocalDateTime createdAt) {
        this.id = id;
        this.createdAt = createdAt;
        apply(spec);
    }

    final void apply(ClassSpec spec) {
        this.title = spec.title();
        this.trainerId = spec.trainerId();
        this.startsAt = ClubCalendar.utc(spec.startsAt());
        this.minutes = spec.minutes();
        this.capacity = spec.capacity();
        this.room = spec.room();
    }

    String id() {
        return id;
    }

    String trainerId() {
        return trainerId;
    }

    LocalDateTime startsAt() {
        return startsAt;
    }

    int minutes() {
        return minutes;
    }

    int booked() {
        return booked;
    }

    long version() {
        return version;
    }

    FitnessClass toClass() {
        return new FitnessClass(id, title, trainerId, ClubCalendar.instant(startsAt), minutes, capacity, booked,
                Math.max(0, capacity - booked), room, ClubCalendar.instant(createdAt), version);
    }
}
