package org.atriumcrm.core.automation.internal.rules;

import java.util.List;

/** The enabled rules as read at one moment ({@link System#nanoTime()}). */
record EnabledRules(List<StoredRule> rules, long readAtNanos) {

    /** How long a read of the enabled rules is used before they are read again. */
    static final long FRESH_NANOS = 1_000_000_000L;

    boolean freshAt(long nanos) {
        return nanos - readAtNanos < FRESH_NANOS;
    }
}
