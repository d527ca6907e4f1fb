package org.atriumcrm.core.api;

/** Who started a contact: the client (inbound) or we (outbound). */
public enum ActivityDirection {
    INBOUND,
    OUTBOUND
}
