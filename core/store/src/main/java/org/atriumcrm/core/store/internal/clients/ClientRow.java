package org.atriumcrm.core.store.internal.clients;

import java.time.LocalDateTime;
import java.util.List;

import org.atriumcrm.core.api.Client;
import org.atriumcrm.core.api.ClientKind;
import org.atriumcrm.core.api.CustomField;
import org.atriumcrm.core.api.LifecycleStatus;
import org.atriumcrm.core.api.PurchasePotential;
import org.atriumcrm.core.store.internal.fields.CustomValues;
import org.atriumcrm.core.store.internal.support.Times;

/**
 * The columns of a client's own row, from its entity or read straight from {@code atr_client};
 * with its parts, it is the {@link Client} the API hands out.
 */
record ClientRow(String id, ClientKind kind, String name, LifecycleStatus status, String source, String clientType,
                 String sector, PurchasePotential purchasePotential, String geography, String responsibleManagerId,
                 LocalDateTime createdAt, LocalDateTime updatedAt, long version) {

    Client toClient(ClientParts parts, List<CustomField> customFields) {
        return new Client(id, kind, name, parts.phones(), parts.emails(), parts.websites(), parts.addresses(),
                status, source, clientType, sector, purchasePotential, geography, parts.tags(), responsibleManagerId,
                parts.contacts(), parts.legalEntities(), CustomValues.typed(parts.customValues(), customFields),
                Times.instant(createdAt), Times.instant(updatedAt), version);
    }
}
