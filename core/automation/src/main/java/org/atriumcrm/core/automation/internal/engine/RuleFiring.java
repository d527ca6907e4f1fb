package org.atriumcrm.core.automation.internal.engine;

import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.atriumcrm.core.automation.internal.rules.ConditionEvaluator;
import org.atriumcrm.core.automation.internal.rules.StoredRule;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

/**
 * Fires rules for occurrences of their triggers, whatever found them (an event, a sweep): for each
 * rule whose conditions hold for the record, a run is stored under (rule, occurrence), at most once,
 * and its first attempt is made at once on this node ({@link FirstAttempts}); a run whose every
 * action the record shows done already (a tag it has) is stored as succeeded, with no attempt. While that is away (the
 * engine is restarting) the runs are stored free for {@link RunRecovery} on any node to take.
 */
@Component(service = RuleFiring.class)
public class RuleFiring {

    private final RunStore runs;
    private final RunPerformer performer;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile FirstAttempts firstAttempts;

    @Activate
    public RuleFiring(@Reference RunStore runs, @Reference RunPerformer performer) {
        this.runs = runs;
        this.performer = performer;
    }

    /** @return whether a run was opened */
    public boolean fire(StoredRule rule, String occurrence, RecordFacts record, String contactId) {
        return fire(List.of(new Firing(rule, occurrence, record, contactId))) > 0;
    }

    /**
     * Fires these rules together: their runs are stored in one transaction, and those of one occurrence
     * performed together.
     */
    public int fire(List<Firing> firings) {
        List<Firing> holding = firings.stream()
                .filter(firing -> ConditionEvaluator.holds(firing.rule().definition().conditions(), firing.record().fields()))
                .map(firing -> performer.doneAlready(firing.rule().definition(), firing.record()).map(firing::settled).orElse(firing))
                .toList();
        FirstAttempts here = firstAttempts;
        List<OpenedRun> opened = runs.open(holding, here == null ? Instant.now() : here.leaseFromNow());
        List<OpenedRun> queued = opened.stream().filter(run -> run.run().status() == RunStatus.QUEUED).toList();
        if (here != null && !queued.isEmpty()) {
            queued.stream().collect(Collectors.groupingBy(run -> run.run().occurrence(), LinkedHashMap::new, Collectors.toList()))
                    .values().forEach(here::perform);
        }
        return opened.size();
    }

    /** Those of the occurrences the rule has a run for already, so a sweep reads no record for them. */
    public Set<String> fired(String ruleId, Collection<String> occurrences) {
        return runs.occurrences(ruleId, occurrences);
    }
}
