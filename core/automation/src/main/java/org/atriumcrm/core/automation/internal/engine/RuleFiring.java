package org.atriumcrm.core.automation.internal.engine;

import java.time.Instant;
import java.util.Collection;
import java.util.Set;

import org.atriumcrm.core.automation.internal.rules.ConditionEvaluator;
import org.atriumcrm.core.automation.internal.rules.StoredRule;
import org.atriumcrm.core.automation.internal.scheduler.AutomationScheduler;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Fires a rule for one occurrence of its trigger, whatever found it (an event, a sweep): when the
 * rule's conditions hold for the record, a run is stored under (rule, occurrence), at most once, and
 * its first attempt goes to the scheduler.
 */
@Component(service = RuleFiring.class)
public class RuleFiring {

    private final RunStore runs;
    private final AutomationScheduler scheduler;

    @Activate
    public RuleFiring(@Reference RunStore runs, @Reference AutomationScheduler scheduler) {
        this.runs = runs;
        this.scheduler = scheduler;
    }

    /** @return whether a run was opened */
    public boolean fire(StoredRule rule, String occurrence, RecordFacts record) {
        return fire(rule, occurrence, record, null);
    }

    /**
     * @param contactId the contact the occurrence is about (a contact's birthday), whom the run's
     *                  actions address as {@code contact}; or null
     * @return whether a run was opened
     */
    public boolean fire(StoredRule rule, String occurrence, RecordFacts record, String contactId) {
        if (!ConditionEvaluator.holds(rule.definition().conditions(), record.fields())) {
            return false;
        }
        return runs.open(rule.id(), rule.version(), occurrence, rule.definition().trigger().type(), record, contactId)
                .map(runId -> {
                    scheduler.schedule(runId, 1, Instant.now());
                    return true;
                })
                .orElse(false);
    }

    /** Those of the occurrences the rule has a run for already, so a sweep reads no record for them. */
    public Set<String> fired(String ruleId, Collection<String> occurrences) {
        return runs.occurrences(ruleId, occurrences);
    }
}
