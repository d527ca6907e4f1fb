package org.atriumcrm.core.api;

import java.time.Instant;

/** A file kept with an activity: a call recording, a scan of a signed order. */
public record Attachment(String id, String activityId, String fileName, String contentType, long size, String sha256,
                         Instant createdAt) {
}
