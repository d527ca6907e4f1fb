package org.atriumcrm.core.api;

/**
 * Exact-match filters of a client list; {@code null} fields do not filter.
 *
 * @param tag matches a tag regardless of case and accents
 */
public record ClientFilter(
        LifecycleStatus status,
        String source,
        String clientType,
        String sector,
        PurchasePotential purchasePotential,
        String geography,
        String tag,
        String responsibleManagerId) {

    public static final ClientFilter NONE = new ClientFilter(null, null, null, null, null, null, null, null);

    public static ClientFilter status(LifecycleStatus status) {
        return new ClientFilter(status, null, null, null, null, null, null, null);
    }
}
