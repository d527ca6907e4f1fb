package org.atriumcrm.core.mail.internal.templates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.atriumcrm.core.api.FieldError;
import org.atriumcrm.core.api.ValidationException;
import org.junit.jupiter.api.Test;

class TemplateValidatorTest {

    @Test
    void namesEveryBadFieldAtOnce() {
        Map<String, Variant> variants = new LinkedHashMap<>();
        variants.put("en", new Variant("Hi {{#client.name}}", "fine", null));
        variants.put("es", new Variant(" ", null, null));
        variants.put("de", new Variant("Hallo", "x", null));
        ValidationException refused = assertThrows(ValidationException.class,
                () -> TemplateValidator.check(new TemplateRequest("", variants)));
        List<String> fields = refused.errors().stream().map(FieldError::field).toList();
        assertEquals(List.of("name", "variants.en.subject", "variants.es.subject", "variants.es.text", "variants.de"), fields);
        assertEquals(TemplateValidator.SYNTAX, refused.errors().get(1).code());
    }

    @Test
    void rendersPlainTextAsItIsAndEscapesHtml() {
        Rendered rendered = TemplateRenderer.render("en", new Variant("For {{client.name}}", "Dear {{client.name}}{{missing}}",
                "<p>{{client.name}}</p>"), Map.of("client", Map.of("name", "A & <B>")));
        assertEquals("For A & <B>", rendered.subject());
        assertEquals("Dear A & <B>", rendered.text());
        assertEquals("<p>A &amp; &lt;B&gt;</p>", rendered.html());
    }
}
