package org.atriumcrm.core.api;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A client as stored: an organisation or a person the company works with.
 *
 * @param websites its web addresses, normalised ({@code https://alfa-stroy.ru}); their domains find and match it
 * @param version increases with every change; optimistic locking compares it
 */
public record Client(
        String id,
        ClientKind kind,
        String name,
        List<String> phones,
        List<String> emails,
        List<String> websites,
        List<Address> addresses,
        LifecycleStatus status,
        String source,
        String clientType,
        String sector,
        PurchasePotential purchasePotential,
        String geography,
        List<String> tags,
        String responsibleManagerId,
        List<ContactPerson> contacts,
        List<LegalEntity> legalEntities,
        Map<String, Object> customFields,
        Instant createdAt,
        Instant updatedAt,
        long version) {

    public Client {
        phones = Lists.copyOrEmpty(phones);
        emails = Lists.copyOrEmpty(emails);
        websites = Lists.copyOrEmpty(websites);
        addresses = Lists.copyOrEmpty(addresses);
        tags = Lists.copyOrEmpty(tags);
        contacts = Lists.copyOrEmpty(contacts);
        legalEntities = Lists.copyOrEmpty(legalEntities);
        customFields = Lists.copyOrEmpty(customFields);
    }

    /** A client without websites, as before they were a field of their own. */
    public Client(String id, ClientKind kind, String name, List<String> phones, List<String> emails, List<Address> addresses,
            LifecycleStatus status, String source, String clientType, String sector, PurchasePotential purchasePotential,
            String geography, List<String> tags, String responsibleManagerId, List<ContactPerson> contacts,
            List<LegalEntity> legalEntities, Map<String, Object> customFields, Instant createdAt, Instant updatedAt, long version) {
        this(id, kind, name, phones, emails, List.of(), addresses, status, source, clientType, sector, purchasePotential,
                geography, tags, responsibleManagerId, contacts, legalEntities, customFields, createdAt, updatedAt, version);
    }

    /** This client's data as a draft: what a form would submit to store it unchanged. */
    public ClientDraft toDraft() {
        return new ClientDraft(kind, name, phones, emails, websites, addresses, status, source, clientType, sector, purchasePotential,
                geography, tags, responsibleManagerId, contacts, legalEntities, customFields);
    }
}
