package org.atriumcrm.core.rest.internal;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;

import org.atriumcrm.core.spi.TextBundle;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.util.ULocale;

/**
 * Every text the server answers in the caller's language, made from a code and its arguments:
 * core's codes from its own bundle ({@code texts/core_<language>.properties}), a module's codes
 * ({@code <moduleId>.…}) from the {@link TextBundle} the module registers. The patterns are ICU
 * MessageFormat, so plurals follow the language's rules. English is the text the sender wrote;
 * a code no bundle knows keeps it too.
 */
@Component(service = ServerTexts.class)
public class ServerTexts {

    private static final Logger LOG = LoggerFactory.getLogger(ServerTexts.class);
    private static final String CORE_BUNDLE = "org.atriumcrm.core.rest.internal.texts.core";
    private static final ResourceBundle.Control EXACT_LANGUAGE =
            ResourceBundle.Control.getNoFallbackControl(List.of("java.properties"));

    private final Map<String, TextBundle> modules = new ConcurrentHashMap<>();

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addBundle(TextBundle bundle) {
        modules.put(bundle.prefix(), bundle);
    }

    void removeBundle(TextBundle bundle) {
        modules.remove(bundle.prefix(), bundle);
    }

    /**
     * The text of {@code code} in {@code language}, or {@code english} when that is English or no
     * bundle has the code (nor a pattern that works with these arguments).
     */
    String text(String code, Map<String, Object> arguments, Locale language, String english) {
        if (code == null || RequestLanguage.ENGLISH.equals(language)) {
            return english;
        }
        String pattern = pattern(code, language);
        if (pattern == null) {
            return english;
        }
        try {
            return new MessageFormat(pattern, ULocale.forLocale(language)).format(arguments);
        } catch (IllegalArgumentException wrong) {
            LOG.warn("The {} text of {} does not fit its arguments {}", language, code, arguments.keySet(), wrong);
            return english;
        }
    }

    /** Whether a translation of {@code code} exists in {@code language}. */
    boolean has(String code, Locale language) {
        return pattern(code, language) != null;
    }

    private String pattern(String code, Locale language) {
        int dot = code.indexOf('.');
        TextBundle module = dot > 0 ? modules.get(code.substring(0, dot)) : null;
        ResourceBundle bundle = module != null ? moduleTexts(module, language) : coreTexts(language);
        return bundle != null && bundle.containsKey(code) ? bundle.getString(code) : null;
    }

    private static ResourceBundle moduleTexts(TextBundle module, Locale language) {
        try {
            return module.texts(language);
        } catch (RuntimeException failed) {
            LOG.warn("Module texts of {} in {} could not be read", module.prefix(), language, failed);
            return null;
        }
    }

    private static ResourceBundle coreTexts(Locale language) {
        try {
            // ResourceBundle caches what it reads; read once per language
            return ResourceBundle.getBundle(CORE_BUNDLE, language, ServerTexts.class.getClassLoader(), EXACT_LANGUAGE);
        } catch (MissingResourceException none) {
            return null;
        }
    }
}
