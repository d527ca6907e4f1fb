package org.atriumcrm.core.rest.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.atriumcrm.core.api.ClientAccess;
import org.atriumcrm.core.api.ClientService;
import org.atriumcrm.core.api.RecordNotFoundException;
import org.atriumcrm.core.api.ValidationException;
import org.atriumcrm.core.api.security.Sections;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * {@link ClientAccess} for core and every module: the client's responsible manager against the
 * current caller's scope in the clients section, the same rule {@code /api/clients} applies.
 */
@Component(service = ClientAccess.class)
public class CallerClientAccess implements ClientAccess {

    /** What a write naming an unknown client, or one out of reach, is told; the store says the same of unknown ones. */
    static final String NOT_A_CLIENT = "is not a client";

    private final ClientService clients;

    @Activate
    public CallerClientAccess(@Reference ClientService clients) {
        this.clients = clients;
    }

    @Override
    public boolean reachable(String clientId) {
        if (clientId == null || clientId.isBlank()) {
            return false;
        }
        return clients.get(clientId).map(client -> RecordReach.reaches(Sections.CLIENTS, client.responsibleManagerId()))
                .orElse(false);
    }

    @Override
    public void requireReach(String clientId) {
        if (!reachable(clientId)) {
            throw new RecordNotFoundException(ClientService.RECORD_TYPE, clientId);
        }
    }

    @Override
    public void requireReference(String clientId, String field) {
        if (clientId != null && !reachable(clientId)) {
            throw ValidationException.of(field, NOT_A_CLIENT);
        }
    }

    @Override
    public <T> List<T> reachableOnly(List<T> records, Function<? super T, String> clientIdOf) {
        if (!RecordReach.limited(Sections.CLIENTS)) {
            return records;
        }
        Map<String, Boolean> reached = new HashMap<>();
        return records.stream().filter(record -> {
            String clientId = clientIdOf.apply(record);
            return clientId == null || reached.computeIfAbsent(clientId, this::reachable);
        }).toList();
    }
}
