package org.atriumcrm.core.automation.internal.forms;

import java.util.Map;

/**
 * A submission's values, checked, by where they go.
 *
 * @param customFields client custom field key → value
 * @param shown        each filled field's label → value, in the form's order, for the client's timeline
 */
public record Lead(String name, String email, String phone, String message, String language, Map<String, Object> customFields,
        boolean consentGiven, Map<String, String> shown) {
}
