package org.atriumcrm.core.api;

import java.util.List;
import java.util.Map;

/**
 * What a user submits to create or replace a client. Phones are kept as typed; core derives a
 * normalised search key from each. A missing status means {@link LifecycleStatus#LEAD}.
 * Contacts and legal entities sent with an id keep that id; those left out are removed.
 *
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
        addresses = Lists.copyOrEmpty(addresses);
        tags = Lists.copyOrEmpty(tags);
        contacts = Lists.copyOrEmpty(contacts);
        legalEntities = Lists.copyOrEmpty(legalEntities);
        customFields = Lists.copyOrEmpty(customFields);
    }

    /** This draft with another responsible manager. */
    public ClientDraft withResponsibleManagerId(String managerId) {
        return new ClientDraft(kind, name, phones, emails, addresses, status, source, clientType, sector, purchasePotential,
                geography, tags, managerId, contacts, legalEntities, customFields);
    }
}
