package org.atriumcrm.core.store.internal.clients;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.atriumcrm.core.api.Address;
import org.atriumcrm.core.api.ClientKind;
import org.atriumcrm.core.api.LegalEntity;
import org.atriumcrm.core.api.LifecycleStatus;
import org.atriumcrm.core.api.PurchasePotential;

/** A client draft that passed validation, trimmed, with the keys derived from it. */
record NormalizedClient(
        ClientKind kind,
        String name,
        String nameKey,
        List<PhoneEntry> phones,
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
        List<NormalizedContact> contacts,
        List<LegalEntity> legalEntities,
        Map<String, List<String>> customValues,
        Set<String> searchKeys) {
}
