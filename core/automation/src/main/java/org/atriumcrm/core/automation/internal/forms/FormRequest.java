package org.atriumcrm.core.automation.internal.forms;

import java.util.List;

/**
 * What an admin sends to create or replace a form; after {@link FormValidator#check} it is the form's
 * definition as stored.
 *
 * @param allowedOrigins       the pages' origins ({@code https://www.example.com}) a browser may post from
 * @param responsibleManagerId the user new clients from this form belong to (the owner of rules' tasks)
 * @param language             the language of new clients that send none (en, es, ru), or null
 */
public record FormRequest(String name, List<FormField> fields, Consent consent, String thankYouText,
        List<String> allowedOrigins, String responsibleManagerId, String language, Boolean enabled) {

    public FormRequest {
        fields = fields == null ? List.of() : fields.stream().toList();
        allowedOrigins = allowedOrigins == null ? List.of() : allowedOrigins.stream().toList();
    }

    boolean isEnabled() {
        return enabled == null || enabled;
    }
}
