package org.atriumcrm.core.api;

import java.util.Map;
import java.util.Set;

/**
 * Exact-match filters of a client list; {@code null} fields do not filter.
 *
 * @param status       {@code null}: every status but {@link LifecycleStatus#ARCHIVED}, which is listed
 *                     only when asked for
 * @param tag          matches a tag regardless of case and accents
 * @param customFields custom field key → the value the field must have (one of the values, for a multi-picklist)
 * @param responsibleManagerIn the responsible manager must be one of these ({@code null}: anyone's
 *                             clients); how a caller limited to its own or its team's records lists them
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
        Map<String, String> customFields,
        Set<String> responsibleManagerIn) {

    public static final ClientFilter NONE = new ClientFilter(null, null, null, null, null, null, null, null, Map.of(), null);

    public ClientFilter {
        customFields = Lists.copyOrEmpty(customFields);
        responsibleManagerIn = responsibleManagerIn == null ? null : Set.copyOf(responsibleManagerIn);
    }

    /** This filter, limited to clients whose responsible manager is one of {@code managers}. */
    public ClientFilter managedByAnyOf(Set<String> managers) {
        return new ClientFilter(status, source, clientType, sector, purchasePotential, geography, tag,
                responsibleManagerId, customFields, managers);
    }
}
