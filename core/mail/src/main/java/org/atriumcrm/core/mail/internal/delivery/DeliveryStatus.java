package org.atriumcrm.core.mail.internal.delivery;

/**
 * Where a message is: handed to the channel, accepted by the provider, refused (with a reason), or
 * sent and then returned by the recipient's server as undeliverable (a hard bounce, with its diagnostic).
 */
public enum DeliveryStatus {
    QUEUED, SENT, FAILED, BOUNCED
}
