package org.atriumcrm.core.api;

/**
 * The type of a custom field, and the JSON a value of it takes: TEXT a string, NUMBER a whole
 * number, DECIMAL a decimal string, DATE {@code "2026-11-23"}, BOOLEAN true/false, PICKLIST one
 * of the options, MULTI_PICKLIST a list of options.
 */
public enum CustomFieldType {
    TEXT,
    NUMBER,
    DECIMAL,
    DATE,
    BOOLEAN,
    PICKLIST,
    MULTI_PICKLIST
}
