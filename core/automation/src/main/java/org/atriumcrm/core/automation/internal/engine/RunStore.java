package org.atriumcrm.core.automation.internal.engine;

import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import javax.persistence.TypedQuery;

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

    static final int MAX_PAGE = 200;
    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    private final JpaTemplate jpa;
    private final Clock clock = Clock.systemUTC();

    @Activate
    public RunStore(@Reference AutomationSchema schema, @Reference(target = AutomationSchema.UNIT_FILTER) JpaTemplate jpa) {
        this.jpa = jpa;
    }

    /**
     * Stores a new run of the rule for this occurrence.
     *
     * @param contactId the contact the occurrence is about (a birthday), or null
     * @return its id, or empty when the rule already ran (or is running) for the occurrence
     */
    public Optional<String> open(String ruleId, int ruleVersion, String occurrence, String trigger, RecordFacts record,
                                 String contactId) {
        RunEntity run = new RunEntity();
        run.id = UUID.randomUUID().toString();
        run.ruleId = ruleId;
        run.ruleVersion = ruleVersion;
        run.occurrenceKey = occurrence;
        run.triggerType = trigger;
        run.recordType = record.type();
        run.recordId = record.id();
        run.clientId = record.clientId();
        run.contactId = contactId;
        run.status = RunStatus.QUEUED.name();
        run.results = "[]";
        run.createdAt = LocalDateTime.now(clock);
        try {
            boolean stored = jpa.txExpr(TransactionType.Required, em -> {
                Long existing = em.createQuery("SELECT COUNT(r) FROM RunEntity r WHERE r.ruleId = :rule AND r.occurrenceKey = :key", Long.class)
                        .setParameter("rule", ruleId).setParameter("key", occurrence).getSingleResult();
                if (existing > 0) {
                    return false;
                }
                em.persist(run);
                return true;
            });
            return stored ? Optional.of(run.id) : Optional.empty();
        } catch (RuntimeException e) {
            if (duplicate(e)) {
                // another node or delivery stored it between our check and our insert
                return Optional.empty();
            }
            throw e;
        }
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

    /** Records an attempt's outcome: every action's result so far, the new status, when the next attempt is due. */
    public void attempted(String runId, int attempt, List<ActionResult> results, RunStatus status, long tookMs, Instant nextAttemptAt) {
        String resultJson = json(results);
        LocalDateTime now = LocalDateTime.now(clock);
        jpa.txExpr(TransactionType.Required, em -> {
            RunEntity run = em.find(RunEntity.class, runId);
            run.attempts = Math.max(run.attempts, attempt);
            run.results = resultJson;
            run.status = status.name();
            run.durationMs += tookMs;
            run.nextAttemptAt = nextAttemptAt == null ? null : LocalDateTime.ofInstant(nextAttemptAt, ZoneOffset.UTC);
            run.finishedAt = status == RunStatus.SUCCEEDED || status == RunStatus.FAILED ? now : null;
            return run;
        });
    }

    /** The newest runs first, of one rule and/or for one record when given. */
    public List<Run> find(String ruleId, String recordId, int limit) {
        StringBuilder jpql = new StringBuilder("SELECT r FROM RunEntity r WHERE 1 = 1");
        if (ruleId != null) {
            jpql.append(" AND r.ruleId = :rule");
        }
        if (recordId != null) {
            jpql.append(" AND r.recordId = :record");
        }
        jpql.append(" ORDER BY r.createdAt DESC");
        return jpa.txExpr(TransactionType.Supports, em -> {
            TypedQuery<RunEntity> query = em.createQuery(jpql.toString(), RunEntity.class);
            if (ruleId != null) {
                query.setParameter("rule", ruleId);
            }
            if (recordId != null) {
                query.setParameter("record", recordId);
            }
            return query.setMaxResults(Math.min(Math.max(limit, 1), MAX_PAGE)).getResultList().stream().map(RunStore::view).toList();
        });
    }

    private static Run view(RunEntity run) {
        return new Run(run.id, run.ruleId, run.ruleVersion, run.occurrenceKey, run.triggerType, run.recordType, run.recordId,
                run.clientId, run.contactId, RunStatus.valueOf(run.status), run.attempts, results(run.results), instant(run.createdAt),
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
