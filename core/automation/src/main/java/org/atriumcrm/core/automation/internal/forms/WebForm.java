package org.atriumcrm.core.automation.internal.forms;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** A form as stored and shown to admins, with its version (the {@code ETag}). */
public record WebForm(String id, String name, List<FormField> fields, Consent consent, String thankYouText,
        List<String> allowedOrigins, String responsibleManagerId, String language, boolean enabled, long version,
        Instant createdAt, Instant updatedAt) {

    public WebForm {
        fields = List.copyOf(fields);
        allowedOrigins = List.copyOf(allowedOrigins);
    }

    /** The field whose value goes to {@code target}, if the form has one. */
    public Optional<FormField> fieldFor(String target) {
        return fields.stream().filter(field -> field.target().equals(target)).findFirst();
    }

    public boolean allows(String origin) {
        return origin != null && allowedOrigins.contains(FormValidator.origin(origin));
    }
}
