package org.atriumcrm.core.api;

import java.util.List;
import java.util.Map;

/**
 * What a user submits to create or replace a client. Phones are kept as typed; core derives a
 * normalised search key from each. A missing status means {@link LifecycleStatus#LEAD}.
 * Contacts and legal entities sent with an id keep that id; those left out are removed.
 *
 * @param websites    web addresses, a URL or a bare domain ({@code alfa-stroy.ru}); stored normalised
 * @param clientType  segmentation: e.g. "distributor", "end customer"
 * @param sector      segmentation: the client's industry
 * @param geography   segmentation: the region the client belongs to for sales
 * @param customFields values of the custom fields defined for clients, by key
 */
public record ClientDraft(
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
        Map<String, Object> customFields) {

    public ClientDraft {
        phones = Lists.copyOrEmpty(phones);
        emails = Lists.copyOrEmpty(emails);
        websites = Lists.copyOrEmpty(websites);
        addresses = Lists.copyOrEmpty(addresses);
        tags = Lists.copyOrEmpty(tags);
        contacts = Lists.copyOrEmpty(contacts);
        legalEntities = Lists.copyOrEmpty(legalEntities);
        customFields = Lists.copyOrEmpty(customFields);
    }

    /** A draft without websites, as before they were a field of their own. */
    public ClientDraft(ClientKind kind, String name, List<String> phones, List<String> emails, List<Address> addresses,
            LifecycleStatus status, String source, String clientType, String sector, PurchasePotential purchasePotential,
            String geography, List<String> tags, String responsibleManagerId, List<ContactPerson> contacts,
            List<LegalEntity> legalEntities, Map<String, Object> customFields) {
        this(kind, name, phones, emails, List.of(), addresses, status, source, clientType, sector, purchasePotential, geography,
                tags, responsibleManagerId, contacts, legalEntities, customFields);
    }

    /** This draft with another responsible manager. */
    public ClientDraft withResponsibleManagerId(String managerId) {
        return new ClientDraft(kind, name, phones, emails, websites, addresses, status, source, clientType, sector, purchasePotential,
                geography, tags, managerId, contacts, legalEntities, customFields);
    }
}
