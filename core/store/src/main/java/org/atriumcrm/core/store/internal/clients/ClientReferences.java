package org.atriumcrm.core.store.internal.clients;


import org.atriumcrm.core.api.FieldError;
import javax.persistence.EntityManager;

import org.atriumcrm.core.api.ValidationException;
import org.atriumcrm.core.store.internal.deals.OpportunityEntity;

/** Checks that records about a client name a client, contact and opportunity that go together. */
public final class ClientReferences {

    private ClientReferences() {
    }

    static boolean isContactOf(EntityManager em, String contactId, String clientId) {
        return !em.createQuery("SELECT c.id FROM ContactEntity c WHERE c.id = :contact AND c.client.id = :client", String.class)
                .setParameter("contact", contactId).setParameter("client", clientId)
                .getResultList().isEmpty();
    }

    /** @throws ValidationException naming the first field that does not fit */
    public static void check(EntityManager em, String clientId, String contactId, String opportunityId) {
        if (clientId != null && em.find(ClientEntity.class, clientId) == null) {
            throw ValidationException.of(FieldError.of("clientId", "not_a_client", "is not a client"));
        }
        if (contactId != null && (clientId == null || !isContactOf(em, contactId, clientId))) {
            throw ValidationException.of("contactId", "is not a contact of this client");
        }
        if (opportunityId != null) {
            OpportunityEntity opportunity = em.find(OpportunityEntity.class, opportunityId);
            if (opportunity == null || (clientId != null && !opportunity.clientId().equals(clientId))) {
                throw ValidationException.of("opportunityId", "is not an opportunity of this client");
            }
        }
    }
}
