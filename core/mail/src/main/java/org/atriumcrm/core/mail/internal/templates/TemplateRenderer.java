package org.atriumcrm.core.mail.internal.templates;

import java.util.Map;

import com.samskivert.mustache.Mustache;
import com.samskivert.mustache.MustacheException;

/**
 * Renders templates with jmustache: logic-less, a missing value renders as nothing, HTML bodies escape
 * every value (a client named {@code <script>} stays text), subjects and plain text do not need to.
 */
public final class TemplateRenderer {

    private static final Mustache.Compiler HTML = Mustache.compiler().defaultValue("").escapeHTML(true);
    private static final Mustache.Compiler PLAIN = Mustache.compiler().defaultValue("").escapeHTML(false);

    private TemplateRenderer() {
    }

    /** @return null when the text is a valid template, else what is wrong with it */
    public static String syntaxError(String template) {
        try {
            PLAIN.compile(template);
            return null;
        } catch (MustacheException wrong) {
            return wrong.getMessage();
        }
    }

    public static Rendered render(String language, Variant variant, Map<String, Object> values) {
        return new Rendered(language, plain(variant.subject(), values).strip(), plain(variant.text(), values),
                variant.html() == null ? null : HTML.compile(variant.html()).execute(values));
    }

    private static String plain(String template, Map<String, Object> values) {
        return template == null ? null : PLAIN.compile(template).execute(values);
    }
}
