package org.atriumcrm.core.api;

import java.util.List;
import java.util.Map;

/**
 * What to merge into a surviving client, and whose value each single-valued field keeps.
 *
 * @param mergedIds    the duplicates that go into the survivor and cease to exist as clients
 * @param fieldSources field → the id of the client (the survivor or one of {@code mergedIds}) whose
 *                     value the survivor keeps. Fields: {@value #CHOOSABLE_FIELDS} and
 *                     {@code customFields.<key>}. A field left out keeps the survivor's value, or the
 *                     first merged client's when the survivor has none. Phones, e-mails, addresses,
 *                     tags, contacts, legal entities and every record are kept from all clients.
 */
public record ClientMerge(List<String> mergedIds, Map<String, String> fieldSources) {

    /** The single-valued client fields a merge lets the user choose, besides custom fields. */
    public static final String CHOOSABLE_FIELDS =
            "kind, name, status, source, clientType, sector, purchasePotential, geography, responsibleManagerId";

    public ClientMerge {
        mergedIds = Lists.copyOrEmpty(mergedIds);
        fieldSources = Lists.copyOrEmpty(fieldSources);
    }
}
