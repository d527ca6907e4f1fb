package org.atriumcrm.core.spi;

import java.util.Locale;
import java.util.ResourceBundle;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * A module's translations of its own codes: the titles of its timeline entries
 * ({@link org.atriumcrm.core.api.TimelineEntry#code()}) and its validation errors
 * ({@link org.atriumcrm.core.api.FieldError#code()}). Core's REST API answers those texts in the
 * caller's language from the bundle whose {@link #prefix()} begins the code, and keeps the English
 * text the module gave when the bundle has no translation. Extend {@link BaseTextBundle}.
 */
@ConsumerType
public interface TextBundle {

    /** Codes {@code <prefix>.…} are translated here: the module id. */
    String prefix();

    /**
     * Patterns in ICU MessageFormat syntax keyed by code ({@code fitness.visit=Посещение клуба},
     * {@code {visitsLeft, plural, one{# посещение} other{# посещений}}}), for exactly this language;
     * {@code null} when the module has none for it.
     */
    ResourceBundle texts(Locale language);
}
