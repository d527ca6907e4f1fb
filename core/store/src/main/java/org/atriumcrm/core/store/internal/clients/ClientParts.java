package org.atriumcrm.core.store.internal.clients;

import java.util.List;
import java.util.Map;

import org.atriumcrm.core.api.Address;
import org.atriumcrm.core.api.ContactPerson;
import org.atriumcrm.core.api.LegalEntity;

/**
 * What a client holds beside its own row, as {@link ClientPartRows} reads it: every list in its
 * stored order, and the custom values as canonical text by field key (typed against the
 * definitions when the client is built).
 */
public record ClientParts(List<String> phones, List<String> emails, List<String> websites, List<Address> addresses,
                          List<String> tags, List<ContactPerson> contacts, List<LegalEntity> legalEntities,
                          Map<String, List<String>> customValues) {

    /** The parts of a client that has none, or that is gone. */
    public static final ClientParts NONE = new ClientParts(List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
            List.of(), Map.of());
}
