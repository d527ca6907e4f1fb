package org.atriumcrm.core.api;

import java.util.List;

/**
 * What a user submits to create or replace a client. Phones are kept as typed; core derives a
 * normalised search key from each. A missing status means {@link LifecycleStatus#LEAD}.
 */
public record ClientDraft(
        ClientKind kind,
        String name,
        List<String> phones,
        List<String> emails,
        List<Address> addresses,
        LifecycleStatus status,
        String source,
        List<String> tags,
        String responsibleManagerId) {

    public ClientDraft {
        phones = Lists.copyOrEmpty(phones);
        emails = Lists.copyOrEmpty(emails);
        addresses = Lists.copyOrEmpty(addresses);
        tags = Lists.copyOrEmpty(tags);
    }
}
