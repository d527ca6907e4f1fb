package org.atriumcrm.core.automation.internal.engine;

import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import javax.persistence.EntityManager;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.atriumcrm.core.automation.internal.AutomationSchema;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/** The run log in {@code atr_auto_run}; its unique key (rule, occurrence) is what makes a rule fire once. */
@Component(service = RunStore.class)
public class RunStore {

    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    private final JpaTemplate jpa;
    private final Clock clock = Clock.systemUTC();

    @Activate
    public RunStore(@Reference AutomationSchema schema, @Reference(target = AutomationSchema.UNIT_FILTER) JpaTemplate jpa) {
        this.jpa = jpa;
    }

    /**
     * Stores a new run for each firing whose rule has none for its occurrence yet, in one transaction.
     *
     * @param leaseUntil until when this node holds the runs' first attempts; when it has passed (or
     *                   is now), any node's recovery may take them
     * @return the runs stored, queued or (those {@linkplain Firing#done() done already}) succeeded; those
     *         already there (the rule ran, or is running, for the occurrence) are left out
     */
    public List<OpenedRun> open(List<Firing> firings, Instant leaseUntil) {
        if (firings.isEmpty()) {
            return List.of();
        }
        LocalDateTime now = LocalDateTime.now(clock);
        LocalDateTime lease = LocalDateTime.ofInstant(leaseUntil, ZoneOffset.UTC);
        try {
            return jpa.txExpr(TransactionType.Required, em -> {
                Set<String> present = present(em, firings);
                List<OpenedRun> opened = new ArrayList<>();
                for (Firing firing : firings) {
                    if (present.add(firing.rule().id() + "|" + firing.occurrence())) {
                        RunEntity run = entity(firing, now, lease);
                        em.persist(run);
                        opened.add(new OpenedRun(view(run, firing.done() == null ? List.of() : firing.done()), firing.record()));
                    }
                }
                return opened;
            });
        } catch (RuntimeException e) {
            if (!duplicate(e)) {
                throw e;
            }
            // another node or delivery stored one of them between our check and our insert
            return firings.size() == 1 ? List.of()
                    : firings.stream().flatMap(firing -> open(List.of(firing), leaseUntil).stream()).toList();
        }
    }

    /** Rule and occurrence, as "rule|occurrence", of the firings that have a run already. */
    private static Set<String> present(EntityManager em, List<Firing> firings) {
        Set<String> present = new HashSet<>();
        em.createQuery("SELECT r.ruleId, r.occurrenceKey FROM RunEntity r WHERE r.occurrenceKey IN :keys AND r.ruleId IN :rules",
                        Object[].class)
                .setParameter("keys", firings.stream().map(Firing::occurrence).distinct().toList())
                .setParameter("rules", firings.stream().map(firing -> firing.rule().id()).distinct().toList())
                .getResultList()
                .forEach(row -> present.add(row[0] + "|" + row[1]));
        return present;
    }

    private static RunEntity entity(Firing firing, LocalDateTime now, LocalDateTime leaseUntil) {
        RunEntity run = new RunEntity();
        run.id = UUID.randomUUID().toString();
        run.ruleId = firing.rule().id();
        run.ruleVersion = firing.rule().version();
        run.occurrenceKey = firing.occurrence();
        run.triggerType = firing.rule().definition().trigger().type();
        run.recordType = firing.record().type();
        run.recordId = firing.record().id();
        run.clientId = firing.record().clientId();
        run.contactId = firing.contactId();
        run.createdAt = now;
        if (firing.done() == null) {
            run.status = RunStatus.QUEUED.name();
            run.results = "[]";
            run.leaseUntil = leaseUntil;
        } else {
            run.status = RunStatus.SUCCEEDED.name();
            run.attempts = 1;
            run.results = json(firing.done());
            run.finishedAt = now;
        }
        return run;
    }

    /** Those of the occurrences the rule has a run for. */
    public Set<String> occurrences(String ruleId, Collection<String> occurrences) {
        if (occurrences.isEmpty()) {
            return Set.of();
        }
        return jpa.txExpr(TransactionType.Supports, em -> Set.copyOf(em.createQuery(
                "SELECT r.occurrenceKey FROM RunEntity r WHERE r.ruleId = :rule AND r.occurrenceKey IN :keys", String.class)
                .setParameter("rule", ruleId).setParameter("keys", List.copyOf(occurrences)).getResultList()));
    }

    public Optional<Run> get(String runId) {
        return jpa.txExpr(TransactionType.Supports, em -> Optional.ofNullable(em.find(RunEntity.class, runId)).map(RunStore::view));
    }

    /** Records attempts' outcomes, in one transaction: every action's result so far, the new status, when the next attempt is due. */
    public void attempted(List<Attempt> attempts) {
        LocalDateTime now = LocalDateTime.now(clock);
        jpa.tx(TransactionType.Required, em -> {
            for (Attempt attempt : attempts) {
                RunEntity run = em.find(RunEntity.class, attempt.runId());
                RunStatus status = attempt.status();
                run.attempts = Math.max(run.attempts, attempt.attempt());
                run.results = json(attempt.results());
                run.status = status.name();
                run.durationMs += attempt.tookMs();
                run.nextAttemptAt = attempt.nextAttemptAt() == null ? null : LocalDateTime.ofInstant(attempt.nextAttemptAt(), ZoneOffset.UTC);
                run.finishedAt = status == RunStatus.SUCCEEDED || status == RunStatus.FAILED ? now : null;
            }
        });
    }

    /** Runs still queued whose lease is over: their node died, or stopped, before their first attempt. */
    public List<String> unattended(int limit) {
        return jpa.txExpr(TransactionType.Supports, em -> em.createQuery(
                        "SELECT r.id FROM RunEntity r WHERE r.status = :queued AND r.leaseUntil < :now", String.class)
                .setParameter("queued", RunStatus.QUEUED.name())
                .setParameter("now", LocalDateTime.now(clock))
                .setMaxResults(limit)
                .getResultList());
    }

    /**
     * Takes an unattended run for this node until {@code leaseUntil}.
     *
     * @return false when another node took it first, or its attempt was made meanwhile
     */
    public boolean take(String runId, Instant leaseUntil) {
        LocalDateTime now = LocalDateTime.now(clock);
        return jpa.txExpr(TransactionType.Required, em -> em.createQuery(
                        "UPDATE RunEntity r SET r.leaseUntil = :lease WHERE r.id = :id AND r.status = :queued AND r.leaseUntil < :now")
                .setParameter("lease", LocalDateTime.ofInstant(leaseUntil, ZoneOffset.UTC))
                .setParameter("id", runId)
                .setParameter("queued", RunStatus.QUEUED.name())
                .setParameter("now", now)
                .executeUpdate() == 1);
    }

    /** Gives up this node's hold on runs whose first attempt it will not make (it is stopping): any node may take them. */
    public void release(Collection<String> runIds) {
        if (runIds.isEmpty()) {
            return;
        }
        LocalDateTime past = LocalDateTime.now(clock).minusSeconds(1);
        jpa.tx(TransactionType.Required, em -> em.createQuery(
                        "UPDATE RunEntity r SET r.leaseUntil = :past WHERE r.id IN :ids AND r.status = :queued")
                .setParameter("past", past)
                .setParameter("ids", List.copyOf(runIds))
                .setParameter("queued", RunStatus.QUEUED.name())
                .executeUpdate());
    }

    /** The run as the API shows it; {@link RunLog} pages the log with it. */
    static Run view(RunEntity run) {
        return view(run, results(run.results));
    }

    /** The run as the log shows it, with its results as they are known (not read back from their JSON). */
    private static Run view(RunEntity run, List<ActionResult> results) {
        return new Run(run.id, run.ruleId, run.ruleVersion, run.occurrenceKey, run.triggerType, run.recordType, run.recordId,
                run.clientId, run.contactId, RunStatus.valueOf(run.status), run.attempts, results, instant(run.createdAt),
                instant(run.finishedAt), run.durationMs, instant(run.nextAttemptAt));
    }

    private static Instant instant(LocalDateTime time) {
        return time == null ? null : time.toInstant(ZoneOffset.UTC);
    }

    private static List<ActionResult> results(String json) {
        try {
            return json == null ? List.of() : List.of(JSON.readValue(json, ActionResult[].class));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A run's results are not JSON: " + e.getMessage(), e);
        }
    }

    private static String json(List<ActionResult> results) {
        try {
            return JSON.writeValueAsString(results);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean duplicate(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("23")) {
                return true;
            }
        }
        return false;
    }
}
