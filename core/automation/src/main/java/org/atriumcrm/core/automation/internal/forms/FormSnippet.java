package org.atriumcrm.core.automation.internal.forms;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.samskivert.mustache.Mustache;
import com.samskivert.mustache.Template;

/**
 * The HTML a site pastes into its page: the form's inputs, the hidden honeypot, the consent box, and a
 * short script that posts the form to the public endpoint and shows the thank-you text or the errors.
 * Rendered by jmustache, which escapes every value for HTML; the script reads no value but the form's
 * id (a UUID) and its address, so nothing a form holds can end up as code.
 */
public final class FormSnippet {

    private static final Template TEMPLATE = compile();

    private FormSnippet() {
    }

    /** @param action the absolute address of the form's public endpoint */
    public static String render(WebForm form, String action) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("id", form.id());
        values.put("action", action);
        values.put("honeypot", SubmissionValidator.HONEYPOT);
        values.put("submitText", "Send");
        values.put("failedText", "The form could not be sent; please try again later.");
        values.put("fields", form.fields().stream().map(FormSnippet::input).toList());
        values.put("consent", form.consent() == null ? List.of()
                : List.of(Map.of("text", form.consent().text(), "required", form.consent().required())));
        return TEMPLATE.execute(values);
    }

    private static Map<String, Object> input(FormField field) {
        return Map.of("name", field.name(), "label", field.label(), "required", field.required(),
                "multiline", field.target().equals(FormField.MESSAGE), "inputType", switch (field.target()) {
                    case FormField.EMAIL -> "email";
                    case FormField.PHONE -> "tel";
                    default -> "text";
                });
    }

    private static Template compile() {
        try (InputStream in = FormSnippet.class.getResourceAsStream("snippet.mustache")) {
            return Mustache.compiler().escapeHTML(true).defaultValue("")
                    .compile(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
