package org.atriumcrm.core.api;

import java.util.Map;

/**
 * Exact-match filters of a client list; {@code null} fields do not filter.
 *
 * @param tag          matches a tag regardless of case and accents
 * @param customFields custom field key → the value the field must have (one of the values, for a multi-picklist)
 */
public record ClientFilter(
        LifecycleStatus status,
        String source,
        String clientType,
        String sector,
        PurchasePotential purchasePotential,
        String geography,
        String tag,
        String responsibleManagerId,
        Map<String, String> customFields) {

    public static final ClientFilter NONE = new ClientFilter(null, null, null, null, null, null, null, null, Map.of());

    public ClientFilter {
        customFields = Lists.copyOrEmpty(customFields);
    }
}
