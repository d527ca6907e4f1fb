package ${package}.internal;

import java.time.Instant;

/** An item as the API shows it. */
public record Item(String id, String clientId, String title, String note, Instant createdAt, long version) {
}
