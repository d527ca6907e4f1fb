package org.atriumcrm.core.automation.internal.engine;

/** A run just stored, with the record its occurrence was found on (read already, so not read again). */
public record OpenedRun(Run run, RecordFacts record) {
}
