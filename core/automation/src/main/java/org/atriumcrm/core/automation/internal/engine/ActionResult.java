package org.atriumcrm.core.automation.internal.engine;

import java.time.Instant;

/**
 * What one action of a run did, as the run log shows it.
 *
 * @param index   the action's place in the rule's version
 * @param ok      whether it was done
 * @param message what was done, or why it failed
 */
public record ActionResult(int index, String action, boolean ok, String message, int attempt, Instant at) {
}
