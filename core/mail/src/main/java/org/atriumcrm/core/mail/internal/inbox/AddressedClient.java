package org.atriumcrm.core.mail.internal.inbox;

import org.atriumcrm.core.api.ActivityDirection;
import org.atriumcrm.core.api.Client;

/**
 * A client a message is about: from it ({@code INBOUND}) or to it ({@code OUTBOUND}).
 *
 * @param contactId the contact person whose address it is, {@code null} for the client's own
 */
record AddressedClient(Client client, String contactId, ActivityDirection direction) {
}
