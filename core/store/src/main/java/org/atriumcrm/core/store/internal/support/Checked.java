package org.atriumcrm.core.store.internal.support;

import java.util.List;
import java.util.Map;

/**
 * A draft that passed its checks, trimmed and defaulted, with its custom field values in canonical form.
 *
 * @param customValues custom field key → canonical text values
 */
public record Checked<D>(D draft, Map<String, List<String>> customValues) {
}
