package org.atriumcrm.core.automation.internal.forms;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

import org.atriumcrm.core.api.FieldError;
import org.atriumcrm.core.api.ValidationException;

/** Checks a form definition as an admin sent it; every mistake is named by its field. */
public final class FormValidator {

    /** The languages templates are written in; a form's or a submission's language is one of them. */
    public static final List<String> LANGUAGES = List.of("en", "es", "ru");
    static final int MAX_NAME = 200;
    static final int MAX_TEXT = 2000;
    static final int MAX_FIELDS = 30;
    static final int MAX_ORIGINS = 20;
    static final String DEFAULT_THANK_YOU = "Thank you! We will be in touch soon.";
    /** Input names are safe in HTML attributes and form encoding as they are. */
    private static final Pattern INPUT_NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_-]{0,39}");
    private static final Set<String> TARGETS = Set.of(FormField.NAME, FormField.EMAIL, FormField.PHONE, FormField.MESSAGE,
            FormField.LANGUAGE);

    private FormValidator() {
    }

    /**
     * @param customFieldKeys the keys of the client custom fields defined now
     * @param userExists      whether a user id names a user
     * @return the definition with its texts trimmed and origins normalised
     * @throws ValidationException naming each field that is wrong
     */
    public static FormRequest check(FormRequest request, Set<String> customFieldKeys, Predicate<String> userExists) {
        if (request == null) {
            throw ValidationException.of(FieldError.of("name", FieldError.REQUIRED, "is required"));
        }
        List<FieldError> errors = new ArrayList<>();
        String name = text(request.name());
        if (name == null) {
            errors.add(FieldError.of("name", FieldError.REQUIRED, "is required"));
        } else if (name.length() > MAX_NAME) {
            errors.add(FieldError.of("name", FieldError.TOO_LONG, "is longer than " + MAX_NAME + " characters"));
        }
        List<FormField> fields = fields(request.fields(), customFieldKeys, errors);
        Consent consent = null;
        if (request.consent() != null) {
            String text = text(request.consent().text());
            if (text == null) {
                errors.add(FieldError.of("consent.text", FieldError.REQUIRED, "is required"));
            } else if (text.length() > MAX_TEXT) {
                errors.add(FieldError.of("consent.text", FieldError.TOO_LONG, "is longer than " + MAX_TEXT + " characters"));
            }
            consent = new Consent(text, request.consent().required());
        }
        String thankYou = text(request.thankYouText());
        if (thankYou != null && thankYou.length() > MAX_TEXT) {
            errors.add(FieldError.of("thankYouText", FieldError.TOO_LONG, "is longer than " + MAX_TEXT + " characters"));
        }
        List<String> origins = origins(request.allowedOrigins(), errors);
        String manager = text(request.responsibleManagerId());
        if (manager != null && !userExists.test(manager)) {
            errors.add(FieldError.of("responsibleManagerId", FieldError.NOT_FOUND, "is not a user"));
        }
        String language = text(request.language());
        if (language != null && !LANGUAGES.contains(language)) {
            errors.add(FieldError.of("language", FieldError.NOT_ONE_OF, "must be one of " + String.join(", ", LANGUAGES)));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return new FormRequest(name, fields, consent, thankYou == null ? DEFAULT_THANK_YOU : thankYou, origins, manager,
                language, request.isEnabled());
    }

    private static List<FormField> fields(List<FormField> fields, Set<String> customFieldKeys, List<FieldError> errors) {
        if (fields.isEmpty()) {
            errors.add(FieldError.of("fields", FieldError.EMPTY, "needs at least one field"));
            return List.of();
        }
        if (fields.size() > MAX_FIELDS) {
            errors.add(FieldError.of("fields", FieldError.TOO_MANY, "holds more than " + MAX_FIELDS + " fields"));
        }
        Set<String> names = new HashSet<>();
        Set<String> targets = new HashSet<>();
        List<FormField> checked = new ArrayList<>();
        for (int i = 0; i < fields.size(); i++) {
            String path = "fields[" + i + "]";
            FormField field = fields.get(i);
            if (field == null) {
                errors.add(FieldError.of(path, FieldError.REQUIRED, "is required"));
                continue;
            }
            String name = text(field.name());
            if (name == null) {
                errors.add(FieldError.of(path + ".name", FieldError.REQUIRED, "is required"));
            } else if (!INPUT_NAME.matcher(name).matches()) {
                errors.add(FieldError.of(path + ".name", FieldError.INVALID,
                        "must be a letter followed by up to 39 letters, digits, _ or -"));
            } else if (name.equals(Consent.INPUT) || name.equals(SubmissionValidator.HONEYPOT)) {
                errors.add(FieldError.of(path + ".name", FieldError.INVALID, "is reserved: " + name));
            } else if (!names.add(name)) {
                errors.add(FieldError.of(path + ".name", FieldError.INVALID, "is the name of another field"));
            }
            String label = text(field.label());
            if (label == null) {
                errors.add(FieldError.of(path + ".label", FieldError.REQUIRED, "is required"));
            } else if (label.length() > MAX_NAME) {
                errors.add(FieldError.of(path + ".label", FieldError.TOO_LONG, "is longer than " + MAX_NAME + " characters"));
            }
            String target = text(field.target());
            if (target == null) {
                errors.add(FieldError.of(path + ".target", FieldError.REQUIRED, "is required"));
            } else if (!TARGETS.contains(target) && !(target.startsWith(FormField.CUSTOM_FIELD_PREFIX)
                    && customFieldKeys.contains(target.substring(FormField.CUSTOM_FIELD_PREFIX.length())))) {
                errors.add(FieldError.of(path + ".target", FieldError.NOT_ONE_OF, "must be one of name, email, phone, message, "
                        + "language or customFields.<key> of a client custom field"));
            } else if (!targets.add(target)) {
                errors.add(FieldError.of(path + ".target", FieldError.INVALID, "is the target of another field"));
            }
            checked.add(new FormField(name, label, target, field.required()));
        }
        if (!targets.contains(FormField.EMAIL) && !targets.contains(FormField.PHONE)) {
            errors.add(FieldError.of("fields", FieldError.INVALID, "needs a field for email or phone, to reach and recognise the person"));
        }
        return checked;
    }

    private static List<String> origins(List<String> origins, List<FieldError> errors) {
        if (origins.size() > MAX_ORIGINS) {
            errors.add(FieldError.of("allowedOrigins", FieldError.TOO_MANY, "holds more than " + MAX_ORIGINS + " origins"));
        }
        List<String> checked = new ArrayList<>();
        for (int i = 0; i < origins.size(); i++) {
            String origin = origin(origins.get(i));
            if (origin == null) {
                errors.add(FieldError.of("allowedOrigins[" + i + "]", FieldError.INVALID,
                        "must be an origin: http(s)://host, with a port if not the usual, no path"));
            } else if (!checked.contains(origin)) {
                checked.add(origin);
            }
        }
        return checked;
    }

    /** The origin in its normal form ({@code https://www.example.com:8443}), or null when it is not one. */
    static String origin(String value) {
        String text = text(value);
        if (text == null || text.length() > 300) {
            return null;
        }
        try {
            URI uri = new URI(text);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            boolean bare = uri.getRawPath() == null || uri.getRawPath().isEmpty() || uri.getRawPath().equals("/");
            if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null || uri.getRawUserInfo() != null
                    || !bare || uri.getRawQuery() != null || uri.getRawFragment() != null) {
                return null;
            }
            return scheme + "://" + uri.getHost().toLowerCase(Locale.ROOT) + (uri.getPort() < 0 ? "" : ":" + uri.getPort());
        } catch (URISyntaxException e) {
            return null;
        }
    }

    private static String text(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
