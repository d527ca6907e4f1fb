package org.atriumcrm.core.automation.internal.timed;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import org.atriumcrm.core.api.ClientDate;
import org.atriumcrm.core.api.DateQueries;
import org.atriumcrm.core.api.Page;
import org.atriumcrm.core.api.StageChange;
import org.atriumcrm.core.automation.internal.AutomationConfiguration;
import org.atriumcrm.core.automation.internal.EngineClock;
import org.atriumcrm.core.automation.internal.engine.RecordFacts;
import org.atriumcrm.core.automation.internal.engine.RecordReader;
import org.atriumcrm.core.automation.internal.engine.RuleCatalogue;
import org.atriumcrm.core.automation.internal.engine.RuleFiring;
import org.atriumcrm.core.automation.internal.rules.Rule;
import org.atriumcrm.core.automation.internal.rules.RuleStore;
import org.atriumcrm.core.automation.internal.rules.StoredRule;
import org.atriumcrm.core.automation.internal.scheduler.SweepExecutor;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Fires the enabled rules with a time-based trigger for what has come due by the engine's clock.
 * Every sweep looks again at all that is due, a page at a time on core's date indexes; the run table's
 * (rule, occurrence) key makes each occurrence fire once, whichever sweep, node or restart finds it:
 * <ul>
 * <li>{@code opportunity.stuck}: each open deal's current stage entry made {@code days} ago or more; the
 * occurrence is the entry, so a deal that moves on and later sits again is a new one;
 * <li>{@code date.reached}: each date reached on a day from {@code sweep.catch.up.days} ago to today, but
 * not before the rule was last saved (a rule switched on does not greet last week's birthdays); the
 * occurrence is the record, field and day.
 * </ul>
 */
@Component(service = SweepExecutor.class, immediate = true, configurationPid = AutomationConfiguration.PID)
public class TimeTriggerSweep implements SweepExecutor {

    private static final Logger LOG = LoggerFactory.getLogger(TimeTriggerSweep.class);
    private static final int PAGE = 200;

    private final RuleStore rules;
    private final RuleCatalogue catalogue;
    private final RecordReader records;
    private final RuleFiring firing;
    private final DateQueries dates;
    private final EngineClock clock;
    private volatile int catchUpDays;

    @Activate
    public TimeTriggerSweep(@Reference RuleStore rules, @Reference RuleCatalogue catalogue, @Reference RecordReader records,
            @Reference RuleFiring firing, @Reference DateQueries dates, @Reference EngineClock clock,
            AutomationConfiguration configuration) {
        this.rules = rules;
        this.catalogue = catalogue;
        this.records = records;
        this.firing = firing;
        this.dates = dates;
        this.clock = clock;
        modified(configuration);
    }

    @Modified
    void modified(AutomationConfiguration configuration) {
        catchUpDays = Math.max(0, configuration.sweep_catch_up_days());
    }

    @Override
    public void sweep() {
        Instant now = clock.instant();
        for (StoredRule rule : rules.enabled()) {
            Optional<TimeTrigger> trigger = TimeTrigger.byId(rule.definition().trigger().type());
            if (trigger.isEmpty() || Rule.missingType(rule.definition(), catalogue).isPresent()) {
                continue;
            }
            try {
                int fired = trigger.get() == TimeTrigger.OPPORTUNITY_STUCK ? stuckDeals(rule, now) : datesReached(rule, now);
                LOG.debug("Rule {} fired {} times in the sweep at {}", rule.id(), fired, now);
            } catch (RuntimeException e) {
                // the next sweep looks again at everything due, so nothing is lost
                LOG.error("Sweeping rule {} ({}) failed", rule.id(), rule.definition().name(), e);
            }
        }
    }

    private int stuckDeals(StoredRule rule, Instant now) {
        Map<String, String> arguments = rule.definition().trigger().arguments();
        Instant enteredUntil = now.minus(TimeTrigger.days(arguments), ChronoUnit.DAYS);
        int fired = 0;
        String after = null;
        do {
            Page<StageChange> page = dates.currentStageEntries(null, enteredUntil, PAGE, after);
            fired += fire(rule, page, entry -> new Due(stuckOccurrence(entry), "opportunity", entry.opportunityId(), null));
            after = page.next();
        } while (after != null);
        return fired;
    }

    private int datesReached(StoredRule rule, Instant now) {
        Map<String, String> arguments = rule.definition().trigger().arguments();
        String field = TimeTrigger.field(arguments);
        int offset = TimeTrigger.offsetDays(arguments);
        boolean yearly = TimeTrigger.yearly(arguments);
        LocalDate today = LocalDate.ofInstant(now, clock.getZone());
        LocalDate saved = LocalDate.ofInstant(rule.updatedAt(), clock.getZone());
        LocalDate from = today.minusDays(catchUpDays).isBefore(saved) ? saved : today.minusDays(catchUpDays);
        int fired = 0;
        for (DateOccurrences.Range range : DateOccurrences.candidates(offset, yearly, from, today)) {
            String after = null;
            do {
                Page<ClientDate> page = dates.clientDates(field, range.from(), range.to(), PAGE, after);
                fired += fire(rule, page, found -> DateOccurrences.reachedWithin(found.date(), offset, yearly, from, today)
                        .map(day -> new Due(dateOccurrence(field, found, day), "client", found.clientId(), found.contactId())).orElse(null));
                after = page.next();
            } while (after != null);
        }
        return fired;
    }

    /** A stage entry is an occurrence of its own: the deal back in a stage it left has a new entry. */
    static String stuckOccurrence(StageChange entry) {
        return TimeTrigger.OPPORTUNITY_STUCK.id() + "|" + entry.opportunityId() + "|" + entry.id();
    }

    static String dateOccurrence(String field, ClientDate found, LocalDate day) {
        return TimeTrigger.DATE_REACHED.id() + "|" + found.clientId() + "|" + field
                + (found.contactId() == null ? "" : "|" + found.contactId()) + "|" + day;
    }

    /** An occurrence found, the record its run is about, and the contact when it is one contact's. */
    private record Due(String occurrence, String recordType, String recordId, String contactId) {
    }

    /** Fires the rule for the page's occurrences it has no run for yet (null: not reached). */
    private <T> int fire(StoredRule rule, Page<T> page, Function<T, Due> due) {
        Map<String, Due> found = new LinkedHashMap<>();
        for (T item : page.items()) {
            Due occurrence = due.apply(item);
            if (occurrence != null) {
                found.putIfAbsent(occurrence.occurrence(), occurrence);
            }
        }
        Set<String> fired = firing.fired(rule.id(), found.keySet());
        int opened = 0;
        for (Due occurrence : found.values()) {
            if (fired.contains(occurrence.occurrence())) {
                continue;
            }
            Optional<RecordFacts> record = records.read(occurrence.recordType(), occurrence.recordId());
            if (record.isPresent() && firing.fire(rule, occurrence.occurrence(), record.get(), occurrence.contactId())) {
                opened++;
            }
        }
        return opened;
    }
}
