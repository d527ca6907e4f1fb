package org.atriumcrm.core.automation.internal.engine;

import org.atriumcrm.core.automation.internal.rules.StoredRule;

/**
 * One occurrence of a rule's trigger, found by an event or a sweep, with the record it is about.
 *
 * @param contactId the contact the occurrence is about (a contact's birthday), whom the run's actions
 *                  address as {@code contact}; or null
 */
public record Firing(StoredRule rule, String occurrence, RecordFacts record, String contactId) {
}
