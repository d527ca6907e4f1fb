package org.atriumcrm.core.mail.internal.templates;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.atriumcrm.core.api.Client;
import org.atriumcrm.core.api.ContactPerson;
import org.atriumcrm.core.api.security.FieldPaths;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * The values a template sees: {@code client} as the REST API shows it (custom fields under
 * {@code client.customFields}), {@code contact} (the addressed contact, with {@code firstName}), and
 * {@code unsubscribeUrl}. Fields hidden from the caller are left out at every depth, so they never render.
 */
public final class TemplateValues {

    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {
    };

    private TemplateValues() {
    }

    public static Map<String, Object> of(Client client, Optional<ContactPerson> contact, Set<String> hiddenFields) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("client", visible(JSON.convertValue(client, MAP), "", hiddenFields));
        contact.ifPresent(person -> {
            Map<String, Object> shown = visible(JSON.convertValue(person, MAP), "contacts.", hiddenFields);
            if (shown.containsKey("name") && person.name() != null) {
                shown.put("firstName", person.name().strip().split("\\s+")[0]);
            }
            values.put("contact", shown);
        });
        return values;
    }

    /** The client's own language (its {@code language} custom field) if it is one templates have. */
    public static Optional<String> languageOf(Client client) {
        Object language = client.customFields().get("language");
        if (language == null) {
            return Optional.empty();
        }
        String code = language.toString().strip().toLowerCase(java.util.Locale.ROOT);
        return TemplateValidator.LANGUAGES.contains(code) ? Optional.of(code) : Optional.empty();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> visible(Map<String, Object> record, String prefix, Set<String> hidden) {
        Map<String, Object> shown = new LinkedHashMap<>();
        record.forEach((name, value) -> {
            String path = prefix + name;
            if (value == null || FieldPaths.hides(hidden, path)) {
                return;
            }
            if (value instanceof Map<?, ?> nested) {
                shown.put(name, visible((Map<String, Object>) nested, path + ".", hidden));
            } else if (value instanceof List<?> list) {
                List<Object> items = new ArrayList<>();
                for (Object item : list) {
                    items.add(item instanceof Map<?, ?> nested ? visible((Map<String, Object>) nested, path + ".", hidden) : item);
                }
                shown.put(name, items);
            } else {
                shown.put(name, value);
            }
        });
        return shown;
    }
}
