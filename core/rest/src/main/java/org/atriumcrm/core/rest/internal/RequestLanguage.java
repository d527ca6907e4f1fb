package org.atriumcrm.core.rest.internal;

import java.util.List;
import java.util.Locale;

import org.atriumcrm.core.api.security.Caller;

/**
 * The language a request's answer speaks: the first of Atrium's languages its
 * {@code Accept-Language} names (the web UI sends the language it shows), else the signed-in
 * user's language, else English.
 */
final class RequestLanguage {

    static final Locale ENGLISH = Locale.ENGLISH;
    static final List<String> SPOKEN = List.of("en", "es", "ru");

    private RequestLanguage() {
    }

    /** @param acceptable the request's languages by preference, as JAX-RS reads {@code Accept-Language} */
    static Locale of(List<Locale> acceptable) {
        for (Locale wanted : acceptable) {
            String language = wanted.getLanguage().toLowerCase(Locale.ROOT);
            if (SPOKEN.contains(language)) {
                return Locale.forLanguageTag(language);
            }
        }
        return Caller.current().map(Caller::locale).filter(SPOKEN::contains).map(Locale::forLanguageTag).orElse(ENGLISH);
    }
}
