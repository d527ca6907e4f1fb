package org.atriumcrm.fitness.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.UUID;

import javax.persistence.EntityManager;
import javax.persistence.LockModeType;
import javax.persistence.TypedQuery;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.atriumcrm.core.api.ClientAccess;
import org.atriumcrm.core.api.FieldError;
import org.atriumcrm.core.api.Page;
import org.atriumcrm.core.api.RecordNotFoundException;
import org.atriumcrm.core.api.ValidationException;
import org.atriumcrm.core.api.VersionConflictException;
import org.atriumcrm.core.api.security.AuditAction;
import org.atriumcrm.core.api.security.AuditTrail;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Scheduled classes and their bookings. A booking takes a place by one conditional
 * {@code UPDATE … WHERE booked < capacity}, so bookings at once never overfill a class.
 */
@Component(service = ClassSchedule.class)
public class ClassSchedule {

    static final String CLASS_RECORD = ModuleDescriptor.ID + ".class";
    static final String BOOKING_RECORD = ModuleDescriptor.ID + ".booking";
    /** A class lists with at most this span between {@code from} and {@code to}. */
    static final int MAX_SPAN_DAYS = 366;

    private final JpaTemplate jpa;
    private final ClientAccess clients;
    private final AuditTrail audit;
    private final ClubCalendar calendar = ClubCalendar.system();

    @Activate
    public ClassSchedule(@Reference(target = PlanStore.UNIT_FILTER) JpaTemplate jpa, @Reference ClientAccess clients,
                         @Reference AuditTrail audit, @Reference ModuleSchema schema) {
        this.jpa = UnitGuard.guard(jpa);
        this.clients = clients;
        this.audit = audit;
    }

    /** @throws ValidationException naming every bad field, an unknown trainer included */
    public FitnessClass create(ClassDraft draft) {
        List<FieldError> errors = new ArrayList<>();
        ClassSpec spec = null;
        try {
            spec = ScheduleValidator.schedule(draft, 0, calendar.now());
        } catch (ValidationException e) {
            errors.addAll(e.errors());
        }
        // checked before the writing transaction: a refusal then has nothing to roll back
        String trainerId = draft == null || draft.trainerId() == null ? "" : draft.trainerId().strip();
        if (!trainerId.isEmpty() && !jpa.txExpr(TransactionType.Supports, em -> em.find(TrainerEntity.class, trainerId) != null)) {
            errors.add(FieldError.of("trainerId", "fitness.unknown_trainer", "no trainer has this id"));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        ClassEntity entity = new ClassEntity(UUID.randomUUID().toString(), spec, ClubCalendar.utc(calendar.now()));
        return jpa.txExpr(TransactionType.Required, em -> {
            em.persist(entity);
            em.flush();
            FitnessClass created = entity.toClass();
            audit.record(AuditAction.CREATE, CLASS_RECORD, created.id(), null, created);
            return created;
        });
    }

    public FitnessClass get(String id) {
        return jpa.txExpr(TransactionType.Supports, em -> find(em, id).toClass());
    }

    /**
     * Reschedules a class; its capacity may not go below the places booked.
     *
     * @throws VersionConflictException when {@code expectedVersion} is not the stored one
     */
    public FitnessClass update(String id, ClassDraft draft, OptionalLong expectedVersion) {
        Refusable<FitnessClass> outcome = jpa.txExpr(TransactionType.Required, em -> {
            ClassEntity entity = em.find(ClassEntity.class, id, LockModeType.PESSIMISTIC_WRITE);
            if (entity == null) {
                return Refusable.refused(new RecordNotFoundException(CLASS_RECORD, id));
            }
            if (expectedVersion.isPresent() && expectedVersion.getAsLong() != entity.version()) {
                return Refusable.refused(new VersionConflictException(id, expectedVersion.getAsLong(), entity.version()));
            }
            ClassSpec spec;
            try {
                spec = ScheduleValidator.schedule(draft, entity.booked(), calendar.now());
                requireTrainer(em, spec.trainerId());
            } catch (ValidationException refused) {
                return Refusable.refused(refused);
            }
            FitnessClass before = entity.toClass();
            entity.apply(spec);
            em.flush();
            FitnessClass after = entity.toClass();
            audit.record(AuditAction.UPDATE, CLASS_RECORD, id, before, after);
            return Refusable.of(after);
        });
        return outcome.orThrow();
    }

    /**
     * Classes starting from {@code from} (now when absent) before {@code to} (a week later when absent),
     * of one trainer or all, by start; {@code after} is the id of the last class of the page before.
     */
    public Page<FitnessClass> list(Instant from, Instant to, String trainerId, String after, int limit) {
        Instant start = from == null ? calendar.now() : from;
        Instant end = to == null ? start.plusSeconds(7L * 24 * 3600) : to;
        if (!end.isAfter(start)) {
            throw ValidationException.of("to", "must be after from");
        }
        if (end.isAfter(start.plusSeconds(MAX_SPAN_DAYS * 24L * 3600))) {
            throw ValidationException.of("to", "must be within " + MAX_SPAN_DAYS + " days of from");
        }
        List<FitnessClass> read = jpa.txExpr(TransactionType.Supports, em -> {
            ClassEntity last = after == null ? null : em.find(ClassEntity.class, after);
            if (after != null && last == null) {
                throw Paging.unknownCursor();
            }
            String byTrainer = trainerId == null ? "" : " AND c.trainerId = :trainer";
            String keyset = last == null ? "" : " AND (c.startsAt > :lastStart OR (c.startsAt = :lastStart AND c.id > :lastId))";
            TypedQuery<ClassEntity> query = em.createQuery("SELECT c FROM ClassEntity c WHERE c.startsAt >= :from AND c.startsAt < :to"
                    + byTrainer + keyset + " ORDER BY c.startsAt, c.id", ClassEntity.class)
                    .setParameter("from", ClubCalendar.utc(start)).setParameter("to", ClubCalendar.utc(end));
            if (trainerId != null) {
                query.setParameter("trainer", trainerId);
            }
            if (last != null) {
                query.setParameter("lastStart", last.startsAt()).setParameter("lastId", last.id());
            }
            return query.setMaxResults(limit + 1).getResultList().stream().map(ClassEntity::toClass).toList();
        });
        return Paging.page(read, limit, FitnessClass::id);
    }

    /**
     * Books a client on a class, or books a cancelled booking again.
     *
     * @throws ValidationException naming {@code classId} when the class is full, {@code clientId} when
     *                             unknown, out of the caller's reach or booked already
     */
    public Booking book(String classId, BookingDraft draft) {
        String clientId = draft == null || draft.clientId() == null ? "" : draft.clientId().strip();
        if (clientId.isEmpty()) {
            throw ValidationException.of("clientId", "is required");
        }
        if (!clients.reachable(clientId)) {
            throw ValidationException.of("clientId", "no client has this id");
        }
        Refusable<Booking> outcome = jpa.txExpr(TransactionType.Required, em -> {
            ClassEntity entity = em.find(ClassEntity.class, classId);
            if (entity == null) {
                return Refusable.refused(new RecordNotFoundException(CLASS_RECORD, classId));
            }
            List<BookingEntity> existing = em.createQuery("SELECT b FROM BookingEntity b WHERE b.classId = :class"
                    + " AND b.clientId = :client", BookingEntity.class).setParameter("class", classId)
                    .setParameter("client", clientId).getResultList();
            if (!existing.isEmpty() && existing.get(0).status() != BookingStatus.CANCELLED) {
                return Refusable.refused(ValidationException.of("clientId", "is booked on this class already"));
            }
            int taken = em.createQuery("UPDATE ClassEntity c SET c.booked = c.booked + 1, c.version = c.version + 1"
                    + " WHERE c.id = :id AND c.booked < c.capacity").setParameter("id", classId).executeUpdate();
            if (taken == 0) {
                return Refusable.refused(new ValidationException(List.of(new FieldError("classId",
                        "is full: every place is booked"))));
            }
            BookingEntity booking;
            if (existing.isEmpty()) {
                booking = new BookingEntity(UUID.randomUUID().toString(), classId, clientId, ClubCalendar.utc(calendar.now()));
                em.persist(booking);
            } else {
                booking = existing.get(0);
                booking.rebooked(ClubCalendar.utc(calendar.now()));
            }
            em.flush();
            Booking booked = booking.toBooking();
            audit.record(AuditAction.CREATE, BOOKING_RECORD, booked.id(), null, booked);
            return Refusable.of(booked);
        });
        return outcome.orThrow();
    }

    public Booking booking(String id) {
        return jpa.txExpr(TransactionType.Supports, em -> {
            BookingEntity entity = em.find(BookingEntity.class, id);
            if (entity == null) {
                throw new RecordNotFoundException(BOOKING_RECORD, id);
            }
            return entity.toBooking();
        });
    }

    /** Cancels a booking and frees its place; a booking already marked attended or no-show stays. */
    public Booking cancel(String id, OptionalLong expectedVersion) {
        return changeBooking(id, expectedVersion, (em, booking) -> {
            if (booking.status() != BookingStatus.BOOKED) {
                throw ValidationException.of("status", "is " + booking.status() + "; only a BOOKED booking can be cancelled");
            }
            booking.status(BookingStatus.CANCELLED);
            em.createQuery("UPDATE ClassEntity c SET c.booked = c.booked - 1, c.version = c.version + 1"
                    + " WHERE c.id = :id AND c.booked > 0").setParameter("id", booking.classId()).executeUpdate();
        });
    }

    /** Marks whether the client came; only once the class has started, never for a cancelled booking. */
    public Booking attendance(String id, AttendanceRequest request, OptionalLong expectedVersion) {
        if (request == null || request.attended() == null) {
            throw ValidationException.of("attended", "is required (true or false)");
        }
        return changeBooking(id, expectedVersion, (em, booking) -> {
            if (booking.status() == BookingStatus.CANCELLED) {
                throw ValidationException.of("status", "is CANCELLED; a cancelled booking has no attendance");
            }
            ClassEntity attendedClass = em.find(ClassEntity.class, booking.classId());
            if (ClubCalendar.instant(attendedClass.startsAt()).isAfter(calendar.now())) {
                throw ValidationException.of("attended", "cannot be marked before the class starts");
            }
            booking.status(request.attended() ? BookingStatus.ATTENDED : BookingStatus.NO_SHOW);
        });
    }

    /** A class's bookings in the order they came; {@code after} is the id of the last booking of the page before. */
    public Page<Booking> bookings(String classId, String after, int limit) {
        List<Booking> read = jpa.txExpr(TransactionType.Supports, em -> {
            find(em, classId);
            BookingEntity last = after == null ? null : em.find(BookingEntity.class, after);
            if (after != null && (last == null || !last.classId().equals(classId))) {
                throw Paging.unknownCursor();
            }
            String keyset = last == null ? "" : " AND (b.bookedAt > :at OR (b.bookedAt = :at AND b.id > :id))";
            TypedQuery<BookingEntity> query = em.createQuery("SELECT b FROM BookingEntity b WHERE b.classId = :class" + keyset
                    + " ORDER BY b.bookedAt, b.id", BookingEntity.class).setParameter("class", classId);
            if (last != null) {
                query.setParameter("at", last.bookedAt()).setParameter("id", last.id());
            }
            return query.setMaxResults(limit + 1).getResultList().stream().map(BookingEntity::toBooking).toList();
        });
        return Paging.page(read, limit, Booking::id);
    }

    /** A change of a booking's status on the locked row. */
    private interface BookingChange {
        void apply(EntityManager em, BookingEntity booking);
    }

    private Booking changeBooking(String id, OptionalLong expectedVersion, BookingChange change) {
        Refusable<Booking> outcome = jpa.txExpr(TransactionType.Required, em -> {
            BookingEntity booking = em.find(BookingEntity.class, id, LockModeType.PESSIMISTIC_WRITE);
            if (booking == null) {
                return Refusable.refused(new RecordNotFoundException(BOOKING_RECORD, id));
            }
            if (expectedVersion.isPresent() && expectedVersion.getAsLong() != booking.version()) {
                return Refusable.refused(new VersionConflictException(id, expectedVersion.getAsLong(), booking.version()));
            }
            Booking before = booking.toBooking();
            try {
                change.apply(em, booking);
            } catch (ValidationException refused) {
                return Refusable.refused(refused);
            }
            em.flush();
            Booking after = booking.toBooking();
            audit.record(AuditAction.UPDATE, BOOKING_RECORD, id, before, after);
            return Refusable.of(after);
        });
        return outcome.orThrow();
    }

    private static ClassEntity find(EntityManager em, String id) {
        ClassEntity entity = em.find(ClassEntity.class, id);
        if (entity == null) {
            throw new RecordNotFoundException(CLASS_RECORD, id);
        }
        return entity;
    }

    private static void requireTrainer(EntityManager em, String trainerId) {
        if (em.find(TrainerEntity.class, trainerId) == null) {
            throw ValidationException.of("trainerId", "no trainer has this id");
        }
    }
}
