package org.atriumcrm.core.api;

/** How much a client could buy: a segmentation field. */
public enum PurchasePotential {
    LOW,
    MEDIUM,
    HIGH
}
