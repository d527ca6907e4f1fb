package org.atriumcrm.fitness.internal;

import java.time.LocalDateTime;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.Version;

/** A client's place in a class, in {@code fit_booking}; one row per class and client, a cancelled one booked again in place. */
@Entity
@Table(name = "fit_booking")
public class BookingEntity {

    @Id
    @Column(name = "id", length = 36)
    private String id;

    @Column(name = "class_id", length = 36, nullable = false)
    private String classId;

    @Column(name = "client_id", length = 36, nullable = false)
    private String clientId;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", length = 10, nullable = false)
    private BookingStatus status;

    /** UTC */
    @Column(name = "booked_at", nullable = false)
    private LocalDateTime bookedAt;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected BookingEntity() {
        // for JPA
    }

    BookingEntity(String id, String classId, String clientId, LocalDateTime bookedAt) {
        this.id = id;
        this.classId = classId;
        this.clientId = clientId;
        this.status = BookingStatus.BOOKED;
        this.bookedAt = bookedAt;
    }

    String id() {
        return id;
    }

    String classId() {
        return classId;
    }

    String clientId() {
        return clientId;
    }

    BookingStatus status() {
        return status;
    }

    long version() {
        return version;
    }

    LocalDateTime bookedAt() {
        return bookedAt;
    }

    void status(BookingStatus changed) {
        this.status = changed;
    }

    /** A cancelled booking taken again: it queues as of now. */
    void rebooked(LocalDateTime at) {
        this.status = BookingStatus.BOOKED;
        this.bookedAt = at;
    }

    Booking toBooking() {
        return new Booking(id, classId, clientId, status, ClubCalendar.instant(bookedAt), version);
    }
}
