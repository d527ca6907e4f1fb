package org.atriumcrm.core.automation.internal.forms;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.atriumcrm.core.api.FieldError;
import org.atriumcrm.core.api.ValidationException;

/**
 * Checks what a page posted against its form: required fields, lengths, the e-mail's and phone's
 * shape, the language, the consent box. Errors name the inputs as the page named them. Inputs the
 * form does not have (a submit button's name) are ignored.
 */
public final class SubmissionValidator {

    /** The hidden input people leave empty; what fills it is a robot. */
    public static final String HONEYPOT = "homepage";
    static final int MAX_VALUE = 300;
    static final int MAX_MESSAGE = 5000;
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s.]+");
    private static final Pattern DIGIT = Pattern.compile("\\d");
    private static final Set<String> TICKED = Set.of("on", "yes", "true", "1");

    private SubmissionValidator() {
    }

    /** Whether the honeypot input came filled. */
    public static boolean robot(Map<String, String> values) {
        String trap = values.get(HONEYPOT);
        return trap != null && !trap.isBlank();
    }

    /** @throws ValidationException naming each input that is wrong, all at once */
    public static Lead check(WebForm form, Map<String, String> values) {
        List<FieldError> errors = new ArrayList<>();
        Map<String, String> byTarget = new LinkedHashMap<>();
        Map<String, String> shown = new LinkedHashMap<>();
        for (FormField field : form.fields()) {
            String value = values.get(field.name());
            value = value == null || value.isBlank() ? null : value.strip();
            int max = field.target().equals(FormField.MESSAGE) ? MAX_MESSAGE : MAX_VALUE;
            if (value == null) {
                if (field.required()) {
                    errors.add(FieldError.of(field.name(), FieldError.REQUIRED, "is required"));
                }
                continue;
            }
            if (value.length() > max) {
                errors.add(FieldError.of(field.name(), FieldError.TOO_LONG, "is longer than " + max + " characters"));
                continue;
            }
            String error = shapeError(field.target(), value);
            if (error != null) {
                errors.add(FieldError.of(field.name(), FieldError.INVALID, error));
                continue;
            }
            byTarget.put(field.target(), field.target().equals(FormField.LANGUAGE) ? value.toLowerCase(Locale.ROOT) : value);
            shown.put(field.label(), value);
        }
        boolean consent = form.consent() != null && TICKED.contains(String.valueOf(values.get(Consent.INPUT)).strip().toLowerCase(Locale.ROOT));
        if (form.consent() != null && form.consent().required() && !consent) {
            errors.add(FieldError.of(Consent.INPUT, FieldError.REQUIRED, "must be ticked"));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        if (byTarget.get(FormField.EMAIL) == null && byTarget.get(FormField.PHONE) == null) {
            String field = form.fieldFor(FormField.EMAIL).or(() -> form.fieldFor(FormField.PHONE)).map(FormField::name).orElse("email");
            throw ValidationException.of(FieldError.of(field, FieldError.REQUIRED, "is required: give an e-mail or a phone"));
        }
        Map<String, Object> custom = new LinkedHashMap<>();
        byTarget.forEach((target, value) -> {
            if (target.startsWith(FormField.CUSTOM_FIELD_PREFIX)) {
                custom.put(target.substring(FormField.CUSTOM_FIELD_PREFIX.length()), value);
            }
        });
        String language = byTarget.getOrDefault(FormField.LANGUAGE, form.language());
        return new Lead(byTarget.get(FormField.NAME), byTarget.get(FormField.EMAIL), byTarget.get(FormField.PHONE),
                byTarget.get(FormField.MESSAGE), language, custom, consent, shown);
    }

    private static String shapeError(String target, String value) {
        return switch (target) {
            case FormField.EMAIL -> EMAIL.matcher(value).matches() ? null : "is not an e-mail address";
            case FormField.PHONE -> DIGIT.matcher(value).results().count() >= 5 ? null : "is not a phone number";
            case FormField.LANGUAGE -> FormValidator.LANGUAGES.contains(value.toLowerCase(Locale.ROOT)) ? null
                    : "must be one of " + String.join(", ", FormValidator.LANGUAGES);
            default -> null;
        };
    }
}
