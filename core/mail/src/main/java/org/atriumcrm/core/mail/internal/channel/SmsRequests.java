package org.atriumcrm.core.mail.internal.channel;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.core.io.JsonStringEncoder;
import com.samskivert.mustache.Mustache;
import com.samskivert.mustache.Template;

/**
 * The body of a gateway request, from the configured template: each value escaped for the body's
 * content type, so that a quote or an ampersand in a message cannot change the request's structure.
 */
final class SmsRequests {

    private final Template body;
    private final String contentType;

    /** @param bodyTemplate a Mustache template of the body with {@code {{to}}}, {@code {{from}}} and {@code {{text}}} */
    SmsRequests(String contentType, String bodyTemplate) {
        this.contentType = contentType.strip();
        this.body = Mustache.compiler().defaultValue("").withEscaper(escaper(this.contentType)).compile(bodyTemplate);
    }

    String contentType() {
        return contentType;
    }

    String body(String to, String from, String text) {
        return body.execute(Map.of("to", to, "from", from, "text", text));
    }

    private static Mustache.Escaper escaper(String contentType) {
        String type = contentType.toLowerCase(Locale.ROOT);
        if (type.contains("json")) {
            return raw -> new String(JsonStringEncoder.getInstance().quoteAsString(raw));
        }
        if (type.contains("x-www-form-urlencoded")) {
            return raw -> URLEncoder.encode(raw, StandardCharsets.UTF_8);
        }
        return raw -> raw;
    }
}
