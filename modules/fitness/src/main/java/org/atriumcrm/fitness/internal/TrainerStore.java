package org.atriumcrm.fitness.internal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.UUID;

import javax.persistence.LockModeType;
import javax.persistence.TypedQuery;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.atriumcrm.core.api.Page;
import org.atriumcrm.core.api.RecordNotFoundException;
import org.atriumcrm.core.api.ValidationException;
import org.atriumcrm.core.api.VersionConflictException;
import org.atriumcrm.core.api.security.AuditAction;
import org.atriumcrm.core.api.security.AuditTrail;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The club's trainers and each one's load per week. */
@Component(service = TrainerStore.class)
public class TrainerStore {

    static final String RECORD_TYPE = ModuleDescriptor.ID + ".trainer";
    /** A load report covers at most half a year of weeks. */
    static final int MAX_WEEKS = 26;

    private final JpaTemplate jpa;
    private final AuditTrail audit;
    private final ClubCalendar calendar = ClubCalendar.system();

    @Activate
    public TrainerStore(@Reference(target = PlanStore.UNIT_FILTER) JpaTemplate jpa, @Reference AuditTrail audit,
                        @Reference ModuleSchema schema) {
        this.jpa = UnitGuard.guard(jpa);
        this.audit = audit;
    }

    /** @throws ValidationException naming every bad field */
    public Trainer create(TrainerDraft draft) {
        TrainerDraft valid = ScheduleValidator.trainer(draft);
        TrainerEntity entity = new TrainerEntity(UUID.randomUUID().toString(), valid, ClubCalendar.utc(calendar.now()));
        return jpa.txExpr(TransactionType.Required, em -> {
            em.persist(entity);
            em.flush();
            Trainer trainer = entity.toTrainer();
            audit.record(AuditAction.CREATE, RECORD_TYPE, trainer.id(), null, trainer);
            return trainer;
        });
    }

    /** @throws RecordNotFoundException when there is no such trainer */
    public Trainer get(String id) {
        return jpa.txExpr(TransactionType.Supports, em -> {
            TrainerEntity entity = em.find(TrainerEntity.class, id);
            if (entity == null) {
                throw new RecordNotFoundException(RECORD_TYPE, id);
            }
            return entity.toTrainer();
        });
    }

    /**
     * Replaces a trainer's name and contacts.
     *
     * @throws VersionConflictException when {@code expectedVersion} is not the stored one
     */
    public Trainer update(String id, TrainerDraft draft, OptionalLong expectedVersion) {
        TrainerDraft valid = ScheduleValidator.trainer(draft);
        Refusable<Trainer> outcome = jpa.txExpr(TransactionType.Required, em -> {
            TrainerEntity entity = em.find(TrainerEntity.class, id, LockModeType.PESSIMISTIC_WRITE);
            if (entity == null) {
                return Refusable.refused(new RecordNotFoundException(RECORD_TYPE, id));
            }
            if (expectedVersion.isPresent() && expectedVersion.getAsLong() != entity.version()) {
                return Refusable.refused(new VersionConflictException(id, expectedVersion.getAsLong(), entity.version()));
            }
            Trainer before = entity.toTrainer();
            entity.apply(valid);
            em.flush();
            Trainer after = entity.toTrainer();
            audit.record(AuditAction.UPDATE, RECORD_TYPE, id, before, after);
            return Refusable.of(after);
        });
        return outcome.orThrow();
    }

    /** Trainers by name, a page at a time; {@code after} is the id of the last trainer of the page before. */
    public Page<Trainer> list(String after, int limit) {
        List<Trainer> read = jpa.txExpr(TransactionType.Supports, em -> {
            TrainerEntity last = after == null ? null : em.find(TrainerEntity.class, after);
            if (after != null && last == null) {
                throw Paging.unknownCursor();
            }
            String keyset = last == null ? "" : " WHERE t.name > :name OR (t.name = :name AND t.id > :id)";
            TypedQuery<TrainerEntity> query = em.createQuery("SELECT t FROM TrainerEntity t" + keyset + " ORDER BY t.name, t.id",
                    TrainerEntity.class);
            if (last != null) {
                query.setParameter("name", last.name()).setParameter("id", last.id());
            }
            return query.setMaxResults(limit + 1).getResultList().stream().map(TrainerEntity::toTrainer).toList();
        });
        return Paging.page(read, limit, Trainer::id);
    }

    /**
     * A trainer's load in each of {@code weeks} weeks from the week holding {@code from}: classes,
     * minutes, places booked and bookings attended.
     */
    public List<TrainerLoad> load(String trainerId, LocalDate from, int weeks) {
        if (weeks < 1 || weeks > MAX_WEEKS) {
            throw ValidationException.of("weeks", "must be between 1 and " + MAX_WEEKS);
        }
        get(trainerId);
        LocalDate firstMonday = (from == null ? calendar.today() : from).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        LocalDate end = firstMonday.plusWeeks(weeks);
        return jpa.txExpr(TransactionType.Supports, em -> {
            List<ClassEntity> classes = em.createQuery("SELECT c FROM ClassEntity c WHERE c.trainerId = :trainer"
                    + " AND c.startsAt >= :from AND c.startsAt < :until ORDER BY c.startsAt, c.id", ClassEntity.class)
                    .setParameter("trainer", trainerId).setParameter("from", calendar.startOf(firstMonday))
                    .setParameter("until", calendar.startOf(end)).getResultList();
            Map<String, Long> attended = new HashMap<>();
            List<String> ids = classes.stream().map(ClassEntity::id).toList();
            for (int i = 0; i < ids.size(); i += 500) {
                em.createQuery("SELECT b.classId, COUNT(b) FROM BookingEntity b WHERE b.classId IN :ids AND b.status = :attended"
                        + " GROUP BY b.classId", Object[].class).setParameter("ids", ids.subList(i, Math.min(ids.size(), i + 500)))
                        .setParameter("attended", BookingStatus.ATTENDED).getResultList()
                        .forEach(row -> attended.put((String) row[0], (Long) row[1]));
            }
            List<TrainerLoad> loads = new ArrayList<>();
            for (int week = 0; week < weeks; week++) {
                LocalDate monday = firstMonday.plusWeeks(week);
                LocalDateTime weekFrom = calendar.startOf(monday);
                LocalDateTime weekUntil = calendar.startOf(monday.plusWeeks(1));
                int count = 0;
                int minutes = 0;
                int booked = 0;
                int came = 0;
                for (ClassEntity each : classes) {
                    if (!each.startsAt().isBefore(weekFrom) && each.startsAt().isBefore(weekUntil)) {
                        count++;
                        minutes += each.minutes();
                        booked += each.booked();
                        came += attended.getOrDefault(each.id(), 0L).intValue();
                    }
                }
                String iso = monday.get(IsoFields.WEEK_BASED_YEAR) + "-W" + String.format("%02d", monday.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
                loads.add(new TrainerLoad(trainerId, iso, monday, count, minutes, booked, came));
            }
            return loads;
        });
    }
}
