package org.atriumcrm.core.api;

/** A duplicate scan was asked for while one is running; the running one goes on. */
public class DuplicateScanRunningException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final DuplicateScan running;

    public DuplicateScanRunningException(DuplicateScan running) {
        super("A duplicate scan is running since " + running.startedAt() + "; wait until it ends");
        this.running = running;
    }

    public DuplicateScan running() {
        return running;
    }
}
