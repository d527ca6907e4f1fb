package org.atriumcrm.core.automation.internal.webhooks;

/** Where a delivery is: waiting for its first attempt, retrying, delivered (2xx) or given up. */
public enum DeliveryStatus {
    PENDING, RETRYING, DELIVERED, FAILED
}
