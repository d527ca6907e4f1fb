package org.atriumcrm.core.api;

/** The record asked for does not exist (or no longer does). */
public class RecordNotFoundException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String recordType;
    private final String recordId;

    public RecordNotFoundException(String recordType, String recordId) {
        super(recordType + " " + recordId + " does not exist");
        this.recordType = recordType;
        this.recordId = recordId;
    }

    public String recordType() {
        return recordType;
    }

    public String recordId() {
        return recordId;
    }
}
