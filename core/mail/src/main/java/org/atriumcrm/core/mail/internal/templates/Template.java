package org.atriumcrm.core.mail.internal.templates;

import java.time.Instant;
import java.util.Map;

/** A stored template; {@code version} increases with every change and is the ETag. */
public record Template(String id, String name, Map<String, Variant> variants, long version, Instant createdAt, Instant updatedAt) {
}
