package org.atriumcrm.core.automation.internal.webhooks;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A webhook as the API shows it. {@code secret} is there only in the answer to its creation, the one
 * time it is shown; {@code disabledReason} says why a disabled hook is (a user, or failed deliveries).
 */
public record Webhook(String id, String name, String url, List<String> events, boolean enabled, String disabledReason,
        int consecutiveFailures, long version, Instant createdAt, Instant updatedAt,
        @JsonInclude(JsonInclude.Include.NON_NULL) String secret) {
}
