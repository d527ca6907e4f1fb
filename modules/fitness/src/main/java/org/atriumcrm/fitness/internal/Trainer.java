package org.atriumcrm.fitness.internal;

import java.time.Instant;

/** A trainer as the API shows it; the version is its ETag. */
public record Trainer(String id, String name, String email, String phone, Instant createdAt, long version) {
}
