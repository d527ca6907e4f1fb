package org.atriumcrm.core.spi;

import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * A {@link TextBundle} read from the module's own {@code .properties} files, UTF-8:
 * {@code new BaseTextBundle("fitness", "fitness-texts/texts")} reads {@code fitness-texts/texts_es.properties}
 * and {@code …_ru.properties} from the module bundle. English needs no file: it is the text the
 * module puts in its entries and errors.
 */
public abstract class BaseTextBundle implements TextBundle {

    private static final ResourceBundle.Control EXACT_LANGUAGE =
            ResourceBundle.Control.getNoFallbackControl(List.of("java.properties"));

    private final String prefix;
    private final String baseName;

    protected BaseTextBundle(String prefix, String baseName) {
        this.prefix = prefix;
        this.baseName = baseName;
    }

    @Override
    public final String prefix() {
        return prefix;
    }

    @Override
    public ResourceBundle texts(Locale language) {
        try {
            ResourceBundle bundle = ResourceBundle.getBundle(baseName, Locale.forLanguageTag(language.getLanguage()),
                    getClass().getClassLoader(), EXACT_LANGUAGE);
            // the base file, if any, is not this language's
            return bundle.getLocale().getLanguage().equals(language.getLanguage()) ? bundle : null;
        } catch (MissingResourceException none) {
            return null;
        }
    }
}
