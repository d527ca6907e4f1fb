package org.atriumcrm.core.api;

import java.time.Instant;
import java.util.List;

/**
 * A client as stored: an organisation or a person the company works with.
 *
 * @param version increases with every change; optimistic locking compares it
 */
public record Client(
        String id,
        ClientKind kind,
        String name,
        List<String> phones,
        List<String> emails,
        List<Address> addresses,
        LifecycleStatus status,
        String source,
        List<String> tags,
        String responsibleManagerId,
        Instant createdAt,
        Instant updatedAt,
        long version) {

    public Client {
        phones = Lists.copyOrEmpty(phones);
        emails = Lists.copyOrEmpty(emails);
        addresses = Lists.copyOrEmpty(addresses);
        tags = Lists.copyOrEmpty(tags);
    }
}
