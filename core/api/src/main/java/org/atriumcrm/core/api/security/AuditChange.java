package org.atriumcrm.core.api.security;

/** One field's value before and after a change, as text; {@code null} where there was none. */
public record AuditChange(String field, String oldValue, String newValue) {
}
