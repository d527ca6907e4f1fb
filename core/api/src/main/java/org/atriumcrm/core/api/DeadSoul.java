package org.atriumcrm.core.api;

import java.time.Instant;

/**
 * A client that looks like a dead soul: nothing has happened with it for a long time and there is
 * too little to reach it by (see {@link ClientArchive#deadSouls}).
 *
 * @param lastActivityAt its last sign of life: the latest of its own last change, its latest
 *                       activity, and the latest change of its deals and tasks
 * @param contactPoints  the ways to reach it: phones, e-mails, contact persons, and legal entities
 *                       with a tax id
 */
public record DeadSoul(String clientId, String name, LifecycleStatus status, Instant lastActivityAt, int contactPoints) {
}
