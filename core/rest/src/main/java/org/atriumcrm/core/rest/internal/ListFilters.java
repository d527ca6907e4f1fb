package org.atriumcrm.core.rest.internal;

import java.util.LinkedHashMap;
import java.util.Map;

import javax.ws.rs.core.UriInfo;

import org.atriumcrm.core.api.ClientSort;
import org.atriumcrm.core.api.security.AccessDeniedException;

/**
 * The client fields a list's filters and order look at, so that a caller cannot learn a hidden
 * field's values by filtering or sorting on it: such a request is refused with 403 naming the
 * parameter. (The free text {@code q} is not refused: the search leaves hidden fields out.)
 */
final class ListFilters {

    private ListFilters() {
    }

    /** @throws AccessDeniedException naming the first parameter that filters or sorts on a hidden field */
    static void refuseHidden(FieldMask hidden, ClientResource.ListParameters parameters, UriInfo uri) {
        if (hidden.isEmpty()) {
            return;
        }
        Map<String, String> fieldOf = new LinkedHashMap<>();
        put(fieldOf, "status", parameters.status, "status");
        put(fieldOf, "source", parameters.source, "source");
        put(fieldOf, "clientType", parameters.clientType, "clientType");
        put(fieldOf, "sector", parameters.sector, "sector");
        put(fieldOf, "purchasePotential", parameters.purchasePotential, "purchasePotential");
        put(fieldOf, "geography", parameters.geography, "geography");
        put(fieldOf, "tag", parameters.tag, "tags");
        put(fieldOf, "responsibleManagerId", parameters.responsibleManagerId, "responsibleManagerId");
        QueryParameters.prefixed(uri, ClientResource.CUSTOM_FIELD_PREFIX).keySet()
                .forEach(key -> fieldOf.put(ClientResource.CUSTOM_FIELD_PREFIX + key, "customFields." + key));
        ClientSort.fromParameter(QueryParameters.text(parameters.sort))
                .ifPresent(sort -> fieldOf.put("sort", sortedField(sort)));
        fieldOf.forEach((parameter, field) -> {
            if (hidden.hides(field)) {
                throw new AccessDeniedException(parameter, "filters or sorts on " + field
                        + ", which is hidden from your role");
            }
        });
    }

    private static void put(Map<String, String> fieldOf, String parameter, String value, String field) {
        if (QueryParameters.text(value) != null) {
            fieldOf.put(parameter, field);
        }
    }

    private static String sortedField(ClientSort sort) {
        return switch (sort) {
            case NAME, NAME_DESC -> "name";
            case CREATED, CREATED_DESC -> "createdAt";
            case UPDATED, UPDATED_DESC -> "updatedAt";
        };
    }
}
