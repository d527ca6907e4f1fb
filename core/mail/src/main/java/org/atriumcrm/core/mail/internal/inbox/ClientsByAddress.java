package org.atriumcrm.core.mail.internal.inbox;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.atriumcrm.core.api.ActivityDirection;
import org.atriumcrm.core.api.Client;
import org.atriumcrm.core.api.ClientQuery;
import org.atriumcrm.core.api.ClientService;
import org.atriumcrm.core.api.ContactPerson;

/**
 * The clients a message's addresses belong to, found by core's client search on the address and kept
 * only where the client or one of its contacts has exactly that address. The sender's clients make the
 * message inbound; without one, the recipients' clients make it outbound (a copy of what was sent).
 */
final class ClientsByAddress {

    /** More clients than this on one address: a shared address (info@…), matched only so far */
    private static final int PER_ADDRESS = 20;

    private final ClientService clients;

    ClientsByAddress(ClientService clients) {
        this.clients = clients;
    }

    List<AddressedClient> of(InboundMessage message) {
        Map<String, AddressedClient> found = new LinkedHashMap<>();
        if (message.from() != null) {
            matching(message.from(), ActivityDirection.INBOUND).forEach(match -> found.putIfAbsent(match.client().id(), match));
        }
        if (found.isEmpty()) {
            for (String recipient : message.recipients()) {
                matching(recipient, ActivityDirection.OUTBOUND).forEach(match -> found.putIfAbsent(match.client().id(), match));
            }
        }
        return List.copyOf(found.values());
    }

    private List<AddressedClient> matching(String address, ActivityDirection direction) {
        List<AddressedClient> matches = new ArrayList<>();
        for (Client client : clients.find(new ClientQuery(address, null, null, PER_ADDRESS, null)).items()) {
            if (has(client.emails(), address)) {
                matches.add(new AddressedClient(client, null, direction));
            } else {
                contactWith(client, address).ifPresent(contact -> matches.add(new AddressedClient(client, contact.id(), direction)));
            }
        }
        return matches;
    }

    private static Optional<ContactPerson> contactWith(Client client, String address) {
        return client.contacts().stream().filter(contact -> has(contact.emails(), address)).findFirst();
    }

    private static boolean has(List<String> emails, String address) {
        return emails.stream().anyMatch(email -> email != null && email.strip().equalsIgnoreCase(address));
    }
}
