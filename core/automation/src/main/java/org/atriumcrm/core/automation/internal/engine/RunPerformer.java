package org.atriumcrm.core.automation.internal.engine;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.atriumcrm.core.api.ValidationException;
import org.atriumcrm.core.automation.internal.AutomationConfiguration;
import org.atriumcrm.core.automation.internal.rules.RuleDefinition;
import org.atriumcrm.core.automation.internal.rules.RuleStore;
import org.atriumcrm.core.automation.internal.rules.StepSpec;
import org.atriumcrm.core.automation.internal.scheduler.RunExecutor;
import org.atriumcrm.core.spi.ActionType;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Performs an attempt at a run: the actions of the rule's version, in order, skipping those an
 * earlier attempt did. A failure that may pass (a database hiccup, a module away) is retried with
 * back-off doubling from the configured delay; one that cannot (a record without an owner) ends the run.
 */
@Component(service = {RunExecutor.class, RunPerformer.class}, immediate = true, configurationPid = AutomationConfiguration.PID)
public class RunPerformer implements RunExecutor {

    private static final Logger LOG = LoggerFactory.getLogger(RunPerformer.class);

    private final RuleStore rules;
    private final RunStore runs;
    private final RuleCatalogue catalogue;
    private final RecordReader records;
    private final int maxAttempts;
    private final Duration firstDelay;

    @Activate
    public RunPerformer(@Reference RuleStore rules, @Reference RunStore runs, @Reference RuleCatalogue catalogue,
            @Reference RecordReader records, AutomationConfiguration configuration) {
        this.rules = rules;
        this.runs = runs;
        this.catalogue = catalogue;
        this.records = records;
        this.maxAttempts = Math.max(1, configuration.retry_max_attempts());
        this.firstDelay = Duration.ofSeconds(Math.max(1, configuration.retry_first_delay_seconds()));
    }

    @Override
    public Optional<Instant> execute(String runId, int attempt) {
        Optional<Run> found = runs.get(runId);
        if (found.isEmpty() || found.get().attempts() >= attempt
                || found.get().status() == RunStatus.SUCCEEDED || found.get().status() == RunStatus.FAILED) {
            return Optional.empty(); // this attempt was made already (a recovered job), or the run is over
        }
        Run run = found.get();
        Attempt made = attempt(run, attempt, null);
        runs.attempted(List.of(made));
        return Optional.ofNullable(made.nextAttemptAt());
    }

    /**
     * Makes an attempt at the run, recording nothing: the caller stores what it did.
     *
     * @param record the record as read when the run was opened, for a first attempt made at once; null: read it now
     */
    Attempt attempt(Run run, int attempt, RecordFacts record) {
        long started = System.nanoTime();
        List<ActionResult> results = new ArrayList<>(run.actions());
        Outcome outcome = perform(run, attempt, record, results);
        long tookMs = (System.nanoTime() - started) / 1_000_000;
        if (outcome == Outcome.RETRY && attempt < maxAttempts) {
            Instant next = Instant.now().plus(firstDelay.multipliedBy(1L << Math.min(attempt - 1, 20)));
            return new Attempt(run.id(), attempt, results, RunStatus.RETRYING, tookMs, next);
        }
        return new Attempt(run.id(), attempt, results, outcome == Outcome.DONE ? RunStatus.SUCCEEDED : RunStatus.FAILED, tookMs, null);
    }

    /**
     * What each action of the definition found, when the record as it fired the rule shows all of
     * them done already; empty when one has to be attempted.
     */
    Optional<List<ActionResult>> doneAlready(RuleDefinition definition, RecordFacts record) {
        List<ActionResult> results = new ArrayList<>();
        List<StepSpec> actions = definition.actions();
        for (int index = 0; index < actions.size(); index++) {
            StepSpec step = actions.get(index);
            Optional<String> done = catalogue.action(step.type()).flatMap(action -> action.doneAlready(record, step.arguments()));
            if (done.isEmpty()) {
                return Optional.empty();
            }
            results.add(new ActionResult(index, step.type(), true, done.get(), 1, Instant.now()));
        }
        return Optional.of(results);
    }

    private enum Outcome {
        DONE, RETRY, GIVE_UP
    }

    private Outcome perform(Run run, int attempt, RecordFacts read, List<ActionResult> results) {
        Optional<RuleDefinition> definition = rules.definition(run.ruleId(), run.ruleVersion());
        Optional<RecordFacts> record = definition.isEmpty() ? Optional.empty()
                : read != null ? Optional.of(read) : records.read(run.recordType(), run.recordId(), deletion(run));
        if (record.isEmpty()) {
            results.add(new ActionResult(-1, null, false, definition.isEmpty() ? "the rule was deleted"
                    : "the " + run.recordType() + " is gone", attempt, Instant.now()));
            return Outcome.GIVE_UP;
        }
        List<StepSpec> actions = definition.get().actions();
        for (int index = 0; index < actions.size(); index++) {
            int at = index;
            if (results.stream().anyMatch(result -> result.index() == at && result.ok())) {
                continue;
            }
            results.removeIf(result -> result.index() == at);
            StepSpec step = actions.get(index);
            Optional<RuleAction> action = catalogue.action(step.type());
            if (action.isEmpty()) {
                results.add(new ActionResult(index, step.type(), false, "action type is not installed", attempt, Instant.now()));
                return Outcome.RETRY;
            }
            try {
                String done = action.get().perform(record.get(), arguments(step, run));
                results.add(new ActionResult(index, step.type(), true, done, attempt, Instant.now()));
            } catch (IllegalArgumentException | ValidationException permanent) {
                results.add(new ActionResult(index, step.type(), false, permanent.getMessage(), attempt, Instant.now()));
                return Outcome.GIVE_UP;
            } catch (RuntimeException passing) {
                LOG.warn("Action {} of rule {} failed on attempt {}", step.type(), run.ruleId(), attempt, passing);
                results.add(new ActionResult(index, step.type(), false, String.valueOf(passing.getMessage()), attempt, Instant.now()));
                return Outcome.RETRY;
            }
        }
        return Outcome.DONE;
    }

    private static boolean deletion(Run run) {
        return BuiltInTrigger.byId(run.trigger()).filter(trigger -> trigger.kind() == BuiltInTrigger.Kind.DELETED).isPresent();
    }

    /** The step's own arguments, and the contact the run is about for an action that addresses one. */
    private static Map<String, String> arguments(StepSpec step, Run run) {
        if (run.contactId() == null) {
            return step.arguments();
        }
        Map<String, String> arguments = new HashMap<>(step.arguments());
        arguments.put(ActionType.ARG_TRIGGER_CONTACT_ID, run.contactId());
        return arguments;
    }
}
