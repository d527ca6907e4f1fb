package org.atriumcrm.core.api;

/** Someone else changed the record since the caller read it; nothing was written. */
public class VersionConflictException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String recordId;
    private final long currentVersion;

    public VersionConflictException(String recordId, long expectedVersion, long currentVersion) {
        super("Record " + recordId + " is at version " + currentVersion + ", not " + expectedVersion
                + ": it was changed by someone else; read it again");
        this.recordId = recordId;
        this.currentVersion = currentVersion;
    }

    public String recordId() {
        return recordId;
    }

    public long currentVersion() {
        return currentVersion;
    }
}
