package org.atriumcrm.core.automation.internal.scheduler;

import java.time.Instant;
import java.util.Optional;

/** Carries out one attempt of a webhook delivery when the scheduler fires it (on one node of the cluster). */
public interface DeliveryExecutor {

    /** @return when the next attempt is due, when this one failed and the delivery is still retried */
    Optional<Instant> execute(String deliveryId, int attempt);
}
