package org.atriumcrm.core.automation.internal.rules;

import java.time.Instant;

/** A rule as stored: whether it is enabled, and its current version with that version's definition. */
public record StoredRule(String id, boolean enabled, int version, RuleDefinition definition, Instant createdAt, Instant updatedAt) {
}
