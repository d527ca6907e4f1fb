package org.atriumcrm.core.automation.internal.engine;

import java.util.List;

import org.atriumcrm.core.automation.internal.rules.StoredRule;

/**
 * One occurrence of a rule's trigger, found by an event or a sweep, with the record it is about.
 *
 * @param contactId the contact the occurrence is about (a contact's birthday), whom the run's actions
 *                  address as {@code contact}; or null
 * @param done      when the record as it fired the rule shows every action done already, what each
 *                  found: the run is logged as succeeded without an attempt; else null
 */
public record Firing(StoredRule rule, String occurrence, RecordFacts record, String contactId, List<ActionResult> done) {

    public Firing(StoredRule rule, String occurrence, RecordFacts record, String contactId) {
        this(rule, occurrence, record, contactId, null);
    }

    Firing settled(List<ActionResult> results) {
        return new Firing(rule, occurrence, record, contactId, List.copyOf(results));
    }
}
