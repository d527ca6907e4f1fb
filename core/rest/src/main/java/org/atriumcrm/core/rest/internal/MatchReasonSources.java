package org.atriumcrm.core.rest.internal;

import java.util.List;
import java.util.Map;

/**
 * The client fields a match reason's value comes from, by the reason's code: a reason says
 * {@code SAME_INN 7707083893}, so it shows {@code legalEntities.inn} and must not reach a caller
 * who may not see that field. A module's own key types name no client field.
 */
final class MatchReasonSources {

    private static final List<String> EMAILS = List.of("emails", "contacts.emails");
    private static final Map<String, List<String>> BY_KEY_TYPE = Map.of(
            "INN", List.of("legalEntities.inn"),
            "OGRN", List.of("legalEntities.ogrn"),
            "NIF", List.of("legalEntities.taxId"),
            "VAT", List.of("legalEntities.vatNumber"),
            "PHONE", List.of("phones", "contacts.phones"),
            "EMAIL", EMAILS,
            "DOMAIN", List.of("websites", "customFields", "emails", "contacts.emails"),
            "NAME", List.of("name"),
            "CITY", List.of("addresses.city"));

    private MatchReasonSources() {
    }

    /** @param code {@code SAME_<KEY TYPE>}, {@code DIFFERENT_<KEY TYPE>}, {@code SIMILAR_NAME} … */
    static List<String> of(String code) {
        int underscore = code.indexOf('_');
        String keyType = underscore < 0 ? code : code.substring(underscore + 1);
        return BY_KEY_TYPE.getOrDefault(keyType, List.of());
    }
}
