package org.atriumcrm.core.mail.internal.delivery;

/** Where a message is: handed to the channel, accepted by the provider, or refused (with a reason). */
public enum DeliveryStatus {
    QUEUED, SENT, FAILED
}
