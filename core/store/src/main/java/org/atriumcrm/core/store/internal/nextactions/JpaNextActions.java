package org.atriumcrm.core.store.internal.nextactions;

import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.atriumcrm.core.api.ActivityService;
import org.atriumcrm.core.api.ClientAccess;
import org.atriumcrm.core.api.FieldError;
import org.atriumcrm.core.api.NextActions;
import org.atriumcrm.core.api.OpportunityService;
import org.atriumcrm.core.api.Page;
import org.atriumcrm.core.api.RecordNotFoundException;
import org.atriumcrm.core.api.TaskService;
import org.atriumcrm.core.api.ValidationException;
import org.atriumcrm.core.api.security.Access;
import org.atriumcrm.core.api.security.Caller;
import org.atriumcrm.core.api.security.Sections;
import org.atriumcrm.core.spi.NextAction;
import org.atriumcrm.core.spi.NextActionSource;
import org.atriumcrm.core.store.internal.clients.JpaClientService;
import org.atriumcrm.core.store.internal.schema.CoreSchema;
import org.atriumcrm.core.store.internal.support.Times;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The caller's list from every {@link NextActionSource} registered now: a module's source that goes
 * takes its items with it. Each source is asked for the user's own items; here they are kept to the
 * sections the caller reads and the clients it reaches, the user's done and snoozed ones are left out,
 * and the rest is put in {@link NextActionOrder}. A source that fails costs its items, not the list.
 */
@Component(service = NextActions.class)
public class JpaNextActions implements NextActions {

    private static final Logger LOG = LoggerFactory.getLogger(JpaNextActions.class);
    /** What a source is asked for beyond the limit, since some of its items may be snoozed. */
    private static final int MAX_ASKED = 500;
    static final String RECORD_TYPE = "next-action";

    private final JpaTemplate jpa;
    private final ClientAccess clients;
    private final List<NextActionSource> sources = new CopyOnWriteArrayList<>();

    @Activate
    public JpaNextActions(@Reference(target = JpaClientService.UNIT_FILTER) JpaTemplate jpa, @Reference CoreSchema schema,
                          @Reference ClientAccess clients) {
        this.jpa = jpa;
        this.clients = clients;
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addSource(NextActionSource source) {
        sources.add(source);
    }

    void removeSource(NextActionSource source) {
        sources.remove(source);
    }

    @Override
    public List<NextAction> list(ZoneId zone, Instant now, int limit) {
        if (limit < 1 || limit > Page.MAX_LIMIT) {
            throw ValidationException.of(FieldError.of("limit", FieldError.OUT_OF_RANGE, "must be between 1 and " + Page.MAX_LIMIT));
        }
        Optional<Caller> caller = Caller.current();
        if (caller.isEmpty()) {
            return List.of();
        }
        Marks marks = marks(caller.get().userId());
        List<NextAction> shown = new ArrayList<>();
        for (NextAction item : collect(caller.get(), zone, now, Math.min(MAX_ASKED, limit + marks.size())).keySet()) {
            if (!marks.hides(item, now)) {
                shown.add(item);
            }
        }
        shown.sort(NextActionOrder.ORDER);
        return List.copyOf(shown.subList(0, Math.min(limit, shown.size())));
    }

    @Override
    public void done(String key, ZoneId zone, Instant now) {
        Caller caller = Caller.current().orElseThrow(() -> new RecordNotFoundException(RECORD_TYPE, key));
        Map.Entry<NextAction, NextActionSource> found = find(caller, key, zone, now);
        if (found.getValue().complete(found.getKey())) {
            jpa.tx(TransactionType.Required, em -> {
                NextActionMarkEntity mark = em.find(NextActionMarkEntity.class, new NextActionMarkEntity.Key(caller.userId(), key));
                if (mark != null) {
                    em.remove(mark);
                }
            });
        } else {
            mark(caller.userId(), key, now, mark -> mark.markDone(Times.utc(now)));
        }
    }

    @Override
    public void snooze(String key, Instant until, ZoneId zone, Instant now) {
        if (until == null) {
            throw ValidationException.of(FieldError.of("until", FieldError.REQUIRED, "is required"));
        }
        if (!until.isAfter(now) || until.isAfter(now.plus(MAX_SNOOZE_DAYS, ChronoUnit.DAYS))) {
            throw ValidationException.of(FieldError.of("until", FieldError.OUT_OF_RANGE,
                    "must be in the future and at most " + MAX_SNOOZE_DAYS + " days ahead"));
        }
        Caller caller = Caller.current().orElseThrow(() -> new RecordNotFoundException(RECORD_TYPE, key));
        find(caller, key, zone, now);
        mark(caller.userId(), key, now, mark -> mark.snooze(Times.utc(until), Times.utc(now)));
    }

    /** The caller's item of that key, snoozed or not, with its source; 404 when the caller has none. */
    private Map.Entry<NextAction, NextActionSource> find(Caller caller, String key, ZoneId zone, Instant now) {
        return collect(caller, zone, now, MAX_ASKED).entrySet().stream().filter(entry -> entry.getKey().key().equals(key))
                .findFirst().orElseThrow(() -> new RecordNotFoundException(RECORD_TYPE, key));
    }

    /** Every source's items the caller may see, each with the source it came from. */
    private Map<NextAction, NextActionSource> collect(Caller caller, ZoneId zone, Instant now, int asked) {
        Map<NextAction, NextActionSource> found = new LinkedHashMap<>();
        Map<String, Boolean> reached = new HashMap<>();
        for (NextActionSource source : sources) {
            List<NextAction> items;
            try {
                items = source.nextActions(caller.userId(), now, zone, asked);
            } catch (RuntimeException e) {
                LOG.warn("The next actions of {} could not be read; the list goes on without them", source.getClass().getName(), e);
                continue;
            }
            for (NextAction item : items) {
                if (readable(caller, item) && (item.clientId() == null
                        || reached.computeIfAbsent(item.clientId(), clients::reachable))) {
                    found.putIfAbsent(item, source);
                }
            }
        }
        return found;
    }

    /** Core's items by the section of what they link to; a module's by the module's section. */
    private static boolean readable(Caller caller, NextAction item) {
        if (!NextAction.CORE.equals(item.source())) {
            return caller.allows(item.source(), Access.READ);
        }
        String type = String.valueOf(item.recordType());
        String section = type.equals(TaskService.RECORD_TYPE) ? Sections.TASKS
                : type.equals(ActivityService.RECORD_TYPE) ? Sections.ACTIVITIES
                : type.equals(OpportunityService.RECORD_TYPE) ? Sections.OPPORTUNITIES
                : Sections.CLIENTS;
        return caller.allows(section, Access.READ);
    }

    private Marks marks(String userId) {
        return jpa.txExpr(TransactionType.Supports, em -> {
            Map<String, Marks.Mark> byKey = new HashMap<>();
            em.createQuery("SELECT m FROM NextActionMarkEntity m WHERE m.userId = :user", NextActionMarkEntity.class)
                    .setParameter("user", userId).getResultList()
                    .forEach(mark -> byKey.put(mark.actionKey(), new Marks.Mark(mark.done(), Times.instant(mark.hiddenUntil()))));
            return new Marks(byKey);
        });
    }

    /** Writes the user's mark of one item, and drops the user's snoozes that have ended. */
    private void mark(String userId, String key, Instant now, Consumer<NextActionMarkEntity> change) {
        jpa.tx(TransactionType.Required, em -> {
            em.createQuery("DELETE FROM NextActionMarkEntity m WHERE m.userId = :user AND m.done = 0 AND m.hiddenUntil <= :now")
                    .setParameter("user", userId).setParameter("now", Times.utc(now)).executeUpdate();
            NextActionMarkEntity mark = em.find(NextActionMarkEntity.class, new NextActionMarkEntity.Key(userId, key));
            if (mark == null) {
                mark = new NextActionMarkEntity(userId, key);
                change.accept(mark);
                em.persist(mark);
            } else {
                change.accept(mark);
            }
        });
    }
}
