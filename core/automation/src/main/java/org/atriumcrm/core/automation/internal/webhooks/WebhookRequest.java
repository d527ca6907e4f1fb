package org.atriumcrm.core.automation.internal.webhooks;

import java.util.List;

/** A webhook as a client sends it to create or replace one; {@code enabled} defaults to true. */
public record WebhookRequest(String name, String url, List<String> events, Boolean enabled) {
}
