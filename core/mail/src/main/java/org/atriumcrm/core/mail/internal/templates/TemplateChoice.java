package org.atriumcrm.core.mail.internal.templates;

import java.util.Map;
import java.util.Optional;

/** Picks a template's variant: the client's language, else the installation's default, else English, else any. */
public final class TemplateChoice {

    private TemplateChoice() {
    }

    public static Map.Entry<String, Variant> variant(Template template, Optional<String> clientLanguage, String defaultLanguage) {
        Map<String, Variant> variants = template.variants();
        for (String language : new String[] {clientLanguage.orElse(null), defaultLanguage, "en"}) {
            if (language != null && variants.containsKey(language)) {
                return Map.entry(language, variants.get(language));
            }
        }
        return variants.entrySet().iterator().next();
    }
}
