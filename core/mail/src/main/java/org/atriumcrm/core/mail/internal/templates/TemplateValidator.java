package org.atriumcrm.core.mail.internal.templates;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.atriumcrm.core.api.FieldError;
import org.atriumcrm.core.api.ValidationException;

/** Checks a whole template request and names every bad field at once: {@code variants.es.subject}. */
public final class TemplateValidator {

    /** The languages a template has variants in. */
    public static final Set<String> LANGUAGES = Set.of("en", "es", "ru");
    /** A placeholder the text does not parse as: an unclosed section, a stray closing tag. */
    public static final String SYNTAX = "template_syntax";

    private static final int NAME_MAX = 200;
    private static final int SUBJECT_MAX = 1000;
    private static final int BODY_MAX = 200_000;

    private TemplateValidator() {
    }

    public static TemplateRequest check(TemplateRequest request) {
        List<FieldError> errors = new ArrayList<>();
        if (request == null) {
            throw ValidationException.of(FieldError.of("name", FieldError.REQUIRED, "is required"));
        }
        String name = request.name() == null ? "" : request.name().strip();
        if (name.isEmpty()) {
            errors.add(FieldError.of("name", FieldError.REQUIRED, "is required"));
        } else if (name.length() > NAME_MAX) {
            errors.add(new FieldError("name", FieldError.TOO_LONG, Map.of("max", NAME_MAX), "is longer than " + NAME_MAX + " characters"));
        }
        Map<String, Variant> variants = new LinkedHashMap<>();
        if (request.variants() == null || request.variants().isEmpty()) {
            errors.add(FieldError.of("variants", FieldError.REQUIRED, "needs a variant in at least one language"));
        } else {
            request.variants().forEach((language, variant) -> {
                String field = "variants." + language;
                if (!LANGUAGES.contains(language)) {
                    errors.add(new FieldError(field, FieldError.NOT_ONE_OF, Map.of("allowed", "en,es,ru"), "is not one of en, es, ru"));
                } else if (variant == null) {
                    errors.add(FieldError.of(field, FieldError.REQUIRED, "is required"));
                } else {
                    checkVariant(field, variant, errors);
                    variants.put(language, new Variant(variant.subject().strip(), variant.text(), variant.html()));
                }
            });
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return new TemplateRequest(name, variants);
    }

    private static void checkVariant(String field, Variant variant, List<FieldError> errors) {
        if (variant.subject() == null || variant.subject().isBlank()) {
            errors.add(FieldError.of(field + ".subject", FieldError.REQUIRED, "is required"));
        } else {
            checkText(field + ".subject", variant.subject(), SUBJECT_MAX, errors);
        }
        if ((variant.text() == null || variant.text().isBlank()) && (variant.html() == null || variant.html().isBlank())) {
            errors.add(FieldError.of(field + ".text", FieldError.REQUIRED, "is required when there is no html"));
        }
        checkText(field + ".text", variant.text(), BODY_MAX, errors);
        checkText(field + ".html", variant.html(), BODY_MAX, errors);
    }

    private static void checkText(String field, String text, int max, List<FieldError> errors) {
        if (text == null) {
            return;
        }
        if (text.length() > max) {
            errors.add(new FieldError(field, FieldError.TOO_LONG, Map.of("max", max), "is longer than " + max + " characters"));
            return;
        }
        String wrong = TemplateRenderer.syntaxError(text);
        if (wrong != null) {
            errors.add(new FieldError(field, SYNTAX, Map.of("problem", wrong), "is not a valid template: " + wrong));
        }
    }
}
