package org.atriumcrm.core.rest.internal;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;

/** The single daemon thread that rebuilds and retires Jersey containers. */
final class ContainerThreads {

    private ContainerThreads() {
    }

    static ScheduledExecutorService scheduler() {
        return Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "atrium-rest-rebuild");
            thread.setDaemon(true);
            return thread;
        });
    }
}
